import { getHeapStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

// `--expose-gc` cannot be given to one worker thread (a V8 flag is per process, and the bench's own
// command line is npm's); set at run time, it exposes `gc` in contexts created afterwards.
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

/** Runs a full, synchronous garbage collection of this thread's heap; returns the heap then used. */
export function collectGarbage(): number {
  gc()
  return getHeapStatistics().used_heap_size
}
