import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { isBuildStale } from './isBuildStale.ts'
import {
  collectModificationTimes,
  listWebBuildSources,
  modificationTime,
} from './webBuildSources.ts'

// `npm start` runs this before the server: it builds the web app with Vite when `dist/` is missing
// or older than its sources, so the server always serves the current app.

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const WEB_ROOT = join(REPO_ROOT, 'apps/web')

/** A failed build of the web app; the message, in French, says what to do. */
export class WebBuildError extends Error {
  readonly code = 'WEB_BUILD_FAILED'
}

/**
 * Builds the web app (`vite build` in `apps/web`) if its build is missing or stale. Resolves with
 * true when it built, false when the build was up to date; rejects with {@link WebBuildError} when
 * the build fails (Vite's output, inherited, says why).
 */
export async function ensureWebBuilt(): Promise<boolean> {
  const builtAtMs = await modificationTime(join(WEB_ROOT, 'dist/index.html'))
  const sourceTimesMs = await collectModificationTimes(await listWebBuildSources(REPO_ROOT))
  if (!isBuildStale(builtAtMs, sourceTimesMs)) return false
  process.stdout.write(
    builtAtMs === null
      ? 'L’application web n’est pas construite : construction avec Vite…\n'
      : 'L’application web a changé depuis sa dernière construction : reconstruction avec Vite…\n',
  )
  await runViteBuild()
  return true
}

function runViteBuild(): Promise<void> {
  return new Promise((resolve, reject) => {
    // Always the production build, whoever calls: under Vitest NODE_ENV is `test`, which would
    // make Vite bundle React's development runtime into the build that `npm start` then serves.
    const child = spawn('npx', ['vite', 'build'], {
      cwd: WEB_ROOT,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    })
    child.once('error', (error) => {
      reject(
        new WebBuildError(
          `Impossible de lancer Vite (${error.message}) : vérifiez que \`npm install\` a été fait.`,
        ),
      )
    })
    child.once('exit', (code, signal) => {
      if (code === 0) {
        resolve()
        return
      }
      const reason = signal === null ? `code ${String(code)}` : `signal ${signal}`
      reject(
        new WebBuildError(
          `La construction de l’application web a échoué (${reason}). Corrigez l’erreur affichée ` +
            'ci-dessus, puis relancez `npm start` (ou `npm run build:web`).',
        ),
      )
    })
  })
}

const isMain =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href
if (isMain) {
  ensureWebBuilt().then(
    () => undefined,
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
      process.exit(1)
    },
  )
}
