// Vitest global setup of the `e2e` project: the browser tests need the built web app, which the
// server serves from `apps/web/dist`. `ensureBuilt.ts` builds it with Vite only when it is missing
// or older than its sources, so a second run starts at once.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))
const ENSURE_BUILT = 'apps/web/scripts/ensureBuilt.ts'

/** Builds `apps/web/dist` if needed before any browser test file runs. */
export default function buildWebApp(): void {
  if (!existsSync(`${REPO_ROOT}${ENSURE_BUILT}`)) {
    throw new Error(`${ENSURE_BUILT} is missing: the browser tests cannot build the web app`)
  }
  execFileSync(process.execPath, ['--import', 'tsx', ENSURE_BUILT], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  })
}
