import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { readFile } from 'node:fs/promises'

/**
 * Files up to this size (1 MiB, bytes) are read on the event loop, without the thread pool.
 * Three times the largest real document at hand (the bench's editing trace, a 311 KB snapshot),
 * and the size of the largest frame a client may send.
 */
export const SYNC_READ_MAX_BYTES = 1024 * 1024

/**
 * The bytes of the file at `path`, or null when it does not exist. A file up to `maxSyncBytes`
 * ({@link SYNC_READ_MAX_BYTES} by default) is read with synchronous calls: `fs.promises.readFile`
 * makes four trips through libuv's thread pool (open, fstat, read, close), each waking a pool
 * thread and then the event loop, and queues behind whatever holds the pool's four threads (the
 * `O_DSYNC` appends and snapshot flushes of other documents wait for the disk there). A fresh
 * sync of the bench's 311 KB document took the server's threads 17 to 40 time slices, each a wait
 * for a core on a busy machine; read here, 2 to 7. From the page cache this read costs about what
 * the trips cost in CPU; from a cold disk it holds the event loop for one read of the device, which
 * the bound keeps short. A larger file goes through the thread pool. Rejects with the system's
 * error otherwise.
 */
export async function readStoredFile(
  path: string,
  maxSyncBytes = SYNC_READ_MAX_BYTES,
): Promise<Buffer | null> {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch (error) {
    if (isMissingFile(error)) return null
    throw error
  }
  let bytes: Buffer | null
  try {
    bytes = readWhole(fd, maxSyncBytes)
  } finally {
    closeSync(fd)
  }
  return bytes ?? (await readOptionalFileAsync(path))
}

/** The bytes of the open file `fd`, or null when it is larger than `maxBytes`. */
function readWhole(fd: number, maxBytes: number): Buffer | null {
  const { size } = fstatSync(fd)
  if (size > maxBytes) return null
  // A buffer of its own, as `readFile` gives: the snapshot's state is kept as a view into it.
  const bytes = Buffer.allocUnsafeSlow(size)
  let offset = 0
  while (offset < size) {
    const read = readSync(fd, bytes, offset, size - offset, offset)
    // Cut shorter meanwhile (a torn tail cut by another load): what is there is the file.
    if (read === 0) return bytes.subarray(0, offset)
    offset += read
  }
  return bytes
}

async function readOptionalFileAsync(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path)
  } catch (error) {
    if (isMissingFile(error)) return null
    throw error
  }
}

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT'
}
