import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'

/** Test files are not part of the build: editing one does not make it stale. */
const TEST_FILE = /\.test\.tsx?$/

/**
 * The files and directories whose changes make the web app's build stale, relative to the
 * repository root: the app's own sources and configuration, the sources of the workspace packages
 * it bundles (`packages/<name>/src`), and the lockfile (a changed dependency).
 */
export async function listWebBuildSources(repoRoot: string): Promise<string[]> {
  const packages = await readdir(join(repoRoot, 'packages'), { withFileTypes: true })
  return [
    'apps/web/src',
    'apps/web/public',
    'apps/web/index.html',
    'apps/web/vite.config.ts',
    'apps/web/package.json',
    ...packages.filter((entry) => entry.isDirectory()).map((entry) => `packages/${entry.name}/src`),
    'package-lock.json',
  ].map((path) => join(repoRoot, path))
}

/**
 * The modification time (ms) of every file under `paths` (files, or directories walked
 * recursively), test files excepted. Paths that do not exist are skipped.
 */
export async function collectModificationTimes(paths: readonly string[]): Promise<number[]> {
  const times: number[] = []
  for (const path of paths) {
    const info = await stat(path).catch((error: unknown) => {
      if (isMissing(error)) return null
      throw error
    })
    if (info === null) continue
    if (info.isFile()) {
      if (!TEST_FILE.test(path)) times.push(info.mtimeMs)
      continue
    }
    if (!info.isDirectory()) continue
    const entries = await readdir(path)
    times.push(...(await collectModificationTimes(entries.map((entry) => join(path, entry)))))
  }
  return times
}

/** The modification time (ms) of `path`, or null if it does not exist. */
export async function modificationTime(path: string): Promise<number | null> {
  try {
    return (await stat(path)).mtimeMs
  } catch (error) {
    if (isMissing(error)) return null
    throw error
  }
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT'
}
