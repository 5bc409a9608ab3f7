import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { isBuildStale } from '../../apps/web/scripts/isBuildStale.ts'
import {
  collectModificationTimes,
  modificationTime,
} from '../../apps/web/scripts/webBuildSources.ts'
import { buildServer, SERVER_BUNDLE } from './buildServer.ts'

// `npm start` runs this before `node server/dist/main.mjs`: it builds the server with esbuild when
// its bundle is missing or older than its sources, as `apps/web/scripts/ensureBuilt.ts` does for
// the web app (whose staleness rules it shares).

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))

/**
 * The files and directories whose changes make the server's bundle stale: the server's sources
 * (migrations included) and this build script, the workspace packages it bundles (their sources,
 * their data files and manifests), and the lockfile (a changed dependency or esbuild).
 */
export async function listServerBuildSources(repoRoot: string): Promise<string[]> {
  const packages = await readdir(join(repoRoot, 'packages'), { withFileTypes: true })
  return [
    'server/src',
    'server/scripts',
    'server/package.json',
    ...packages
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) =>
        ['src', 'data', 'package.json'].map((part) => `packages/${entry.name}/${part}`),
      ),
    'package-lock.json',
  ].map((path) => join(repoRoot, path))
}

/** True when `server/dist/main.mjs` is missing or older than one of its sources. */
export async function isServerBuildStale(): Promise<boolean> {
  const builtAtMs = await modificationTime(SERVER_BUNDLE)
  const sourceTimesMs = await collectModificationTimes(await listServerBuildSources(REPO_ROOT))
  return isBuildStale(builtAtMs, sourceTimesMs)
}

/**
 * Builds the server (`server/dist/`) if its bundle is missing or stale. Resolves with true when it
 * built, false when the bundle was up to date.
 */
export async function ensureServerBuilt(): Promise<boolean> {
  if (!(await isServerBuildStale())) return false
  await buildServer()
  return true
}

const isMain =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href
if (isMain) {
  ensureServerBuilt().then(
    (built) => {
      if (built) process.stdout.write(`Serveur construit : ${SERVER_BUNDLE}\n`)
    },
    (error: unknown) => {
      process.stderr.write(
        `La construction du serveur a échoué : ${error instanceof Error ? error.message : String(error)}\n`,
      )
      process.exit(1)
    },
  )
}
