import { fileURLToPath } from 'node:url'

/** Absolute paths the bench needs, resolved from this file so the working directory does not matter. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const BENCH_ROOT = fileURLToPath(new URL('../', import.meta.url))
export const MAILLAGE_ENTRY = fileURLToPath(new URL('../../server/src/main.ts', import.meta.url))
/** The editing trace shared beside the repository (`<repo>/../shared/data/`). */
export const TRACE_PATH = fileURLToPath(
  new URL('../../../shared/data/editing-trace-paper.json.gz', import.meta.url),
)
