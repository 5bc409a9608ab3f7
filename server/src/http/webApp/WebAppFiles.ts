import { readFile, stat } from 'node:fs/promises'
import { extname, join, sep } from 'node:path'

/** How a file's bytes are sent: as written by the build, or one of its precompressed copies. */
export type ContentEncoding = 'br' | 'gzip' | 'identity'

/** One file of the build, ready to send in one encoding. */
export interface WebAppFile {
  readonly body: Buffer
  readonly encoding: ContentEncoding
  readonly type: string
  /** Weak validator of the file's content, the same for all its encodings. */
  readonly etag: string
}

// Suffix of each precompressed copy the build writes beside a file (apps/web/vite.config.ts).
const COPY_SUFFIX: Readonly<Record<ContentEncoding, string>> = {
  br: '.br',
  gzip: '.gz',
  identity: '',
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
}

interface Entry {
  readonly mtimeMs: number
  readonly size: number
  readonly copies: Map<ContentEncoding, Promise<Buffer | null>>
}

/**
 * The files of the web app's build, read from disk the first time each is asked for and then sent
 * from memory: a hashed file under `assets/` never changes, and the others are checked against
 * their modification time on each request, so that a new build is seen at once. Only files asked
 * for are held (the build is a few megabytes at most). Paths with a part starting with a dot
 * (`..`, `.vite`) and the compressed copies themselves are never served.
 */
export class WebAppFiles {
  readonly #root: string
  readonly #entries = new Map<string, Entry>()

  constructor(root: string) {
    this.#root = root
  }

  /**
   * `path` (relative to the build, `/`-separated, decoded) in the first of `encodings` the build
   * has it in; null when there is no such file.
   */
  async read(path: string, encodings: readonly ContentEncoding[]): Promise<WebAppFile | null> {
    const parts = path.split('/').filter((part) => part !== '')
    const file = this.#fileOf(parts)
    if (file === null) return null
    // One entry per file, however its address is spelled (`assets//x.js`).
    const entry = await this.#entryOf(parts.join('/'), file)
    if (entry === null) return null
    for (const encoding of [...encodings, 'identity' as const]) {
      const body = await this.#copy(entry, file, encoding)
      if (body === null) continue
      return {
        body,
        encoding,
        type: TYPES[extname(file)] ?? 'application/octet-stream',
        etag: `W/"${entry.size.toString(16)}-${Math.floor(entry.mtimeMs).toString(16)}"`,
      }
    }
    return null
  }

  #fileOf(parts: readonly string[]): string | null {
    const refused = parts.some(
      (part) => part.startsWith('.') || part.includes('\\') || part.includes('\0'),
    )
    const last = parts.at(-1)
    if (last === undefined || refused || /\.(?:br|gz)$/.test(last)) return null
    const file = join(this.#root, ...parts)
    return file.startsWith(this.#root + sep) ? file : null
  }

  async #entryOf(path: string, file: string): Promise<Entry | null> {
    const known = this.#entries.get(path)
    // Hashed: its name changes with its content.
    if (known !== undefined && path.startsWith('assets/')) return known
    let current: { mtimeMs: number; size: number; isFile: () => boolean }
    try {
      current = await stat(file)
    } catch {
      // Missing or unreadable: either way there is no file to send.
      this.#entries.delete(path)
      return null
    }
    if (!current.isFile()) return null
    if (known?.mtimeMs === current.mtimeMs && known.size === current.size) return known
    const entry: Entry = { mtimeMs: current.mtimeMs, size: current.size, copies: new Map() }
    this.#entries.set(path, entry)
    return entry
  }

  #copy(entry: Entry, file: string, encoding: ContentEncoding): Promise<Buffer | null> {
    let copy = entry.copies.get(encoding)
    if (copy === undefined) {
      // A copy that is not there (small files are not compressed) is remembered as such; a read
      // that failed otherwise (too many open files…) is not, so that the next request tries again.
      const reading = readFile(file + COPY_SUFFIX[encoding]).catch((error: unknown) => {
        if (!isMissingFile(error) && entry.copies.get(encoding) === reading) {
          entry.copies.delete(encoding)
        }
        return null
      })
      copy = reading
      entry.copies.set(encoding, copy)
    }
    return copy
  }
}

/** The encodings an `Accept-Encoding` header accepts among the build's copies, best first. */
export function acceptedEncodings(header: string | undefined): ContentEncoding[] {
  if (header === undefined) return []
  const accepted = header
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, quality]) => quality === undefined || !/^\s*q=0(?:\.0*)?\s*$/.test(quality))
    .map(([name]) => name?.trim().toLowerCase())
  return (['br', 'gzip'] as const).filter((encoding) => accepted.includes(encoding))
}

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT'
}
