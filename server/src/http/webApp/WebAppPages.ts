import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import {
  preloadTags,
  screenOf,
  withInlineScriptInHead,
  withTagsInHead,
  type Screen,
} from './screenPreloads.ts'
import type { ContentEncoding, WebAppFile, WebAppFiles } from './WebAppFiles.ts'

/** File name of the web app's entry page in its build directory. */
export const INDEX_FILE = 'index.html'
const MANIFEST_FILE = join('.vite', 'manifest.json')

const brotliAsync = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

interface ScreenPage {
  /** The `index.html` it was made from (its validator). */
  readonly from: string
  readonly page: Promise<ReadonlyMap<ContentEncoding, Buffer>>
  readonly etag: Promise<string>
}

/**
 * The web app's page (`index.html`) for an address: as built, or, for a screen of
 * {@link screenOf}, with the tags naming that screen's code and its inline script added to its
 * head, made once per build and kept with its compressed copies.
 */
export class WebAppPages {
  readonly #root: string
  readonly #files: WebAppFiles
  readonly #screens = new Map<string, ScreenPage>()

  constructor(root: string, files: WebAppFiles) {
    this.#root = root
    this.#files = files
  }

  /** The page for `path` in the first of `encodings` it has; null when the app is not built. */
  async read(path: string, encodings: readonly ContentEncoding[]): Promise<WebAppFile | null> {
    const screen = screenOf(path)
    if (screen === null) return this.#files.read(INDEX_FILE, encodings)
    const index = await this.#files.read(INDEX_FILE, [])
    if (index === null) return null
    let made = this.#screens.get(screen.name)
    if (made?.from !== index.etag) {
      made = this.#make(screen, index)
      this.#screens.set(screen.name, made)
    }
    const [copies, etag] = await Promise.all([made.page, made.etag])
    for (const encoding of [...encodings, 'identity' as const]) {
      const body = copies.get(encoding)
      if (body !== undefined) return { body, encoding, type: index.type, etag }
    }
    return null
  }

  #make(screen: Screen, index: WebAppFile): ScreenPage {
    const html = this.#withPreloads(screen, index.body.toString('utf8')).then((text) =>
      Buffer.from(text, 'utf8'),
    )
    const page = html.then(async (identity) => {
      const [br, gzipped] = await Promise.all([
        brotliAsync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        gzipAsync(identity, { level: 9 }),
      ])
      return new Map<ContentEncoding, Buffer>([
        ['br', br],
        ['gzip', gzipped],
        ['identity', identity],
      ])
    })
    const etag = html.then(
      (identity) => `W/"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`,
    )
    return { from: index.etag, page, etag }
  }

  async #withPreloads(screen: Screen, built: string): Promise<string> {
    const html =
      screen.inlineScript === null ? built : withInlineScriptInHead(built, screen.inlineScript)
    try {
      const manifest: unknown = JSON.parse(await readFile(join(this.#root, MANIFEST_FILE), 'utf8'))
      return withTagsInHead(html, preloadTags(manifest, screen))
    } catch {
      // A build without its manifest (or an unreadable one): the page as built; the entry then
      // finds the screen's code itself, later.
      return html
    }
  }
}
