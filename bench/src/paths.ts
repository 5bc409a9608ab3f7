import { fileURLToPath } from 'node:url'

/** Absolute paths the bench needs, resolved from this file so the working directory does not matter. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const BENCH_ROOT = fileURLToPath(new URL('../', import.meta.url))
/** Maillage's entry from source, run with tsx (the web bench, and profiles: see `startServer`). */
export const MAILLAGE_ENTRY = fileURLToPath(new URL('../../server/src/main.ts', import.meta.url))
/** Maillage's bundle, as `npm start` runs it, and the script that builds it when stale. */
export const MAILLAGE_BUNDLE = fileURLToPath(new URL('../../server/dist/main.mjs', import.meta.url))
export const MAILLAGE_ENSURE_BUILT_SCRIPT = fileURLToPath(
  new URL('../../server/scripts/ensureServerBuilt.ts', import.meta.url),
)
/** Where the peers' entries are bundled (git-ignored). */
export const BENCH_SERVERS_DIST = fileURLToPath(new URL('../dist/servers/', import.meta.url))
/** The editing trace shared beside the repository (`<repo>/../shared/data/`). */
export const TRACE_PATH = fileURLToPath(
  new URL('../../../shared/data/editing-trace-paper.json.gz', import.meta.url),
)
