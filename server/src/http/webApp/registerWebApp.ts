import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Logger } from 'pino'
import { answerNotFound } from '../registerErrorHandler.ts'
import { isAssetPath, isWebAppPath } from './isWebAppPath.ts'
import { NOT_BUILT_PAGE } from './notBuiltPage.ts'
import { acceptedEncodings, WebAppFiles, type WebAppFile } from './WebAppFiles.ts'
import { INDEX_FILE, WebAppPages } from './WebAppPages.ts'
import {
  IMMUTABLE_CACHE_CONTROL,
  REVALIDATE_CACHE_CONTROL,
  setPageHeaders,
} from './webAppHeaders.ts'

/**
 * Serves the built web app from `webDir` (Vite's `dist`) from memory once read (see
 * {@link WebAppFiles}): its files as they are (`/assets/*` cached for a year, being hashed), in
 * the compressed copy the build wrote that the browser accepts, and `index.html` for any other GET
 * the server does not own, so that deep links (`/espaces/clpe-59004`) work on reload; a document's
 * page also names its screen's code (see `screenPreloads.ts`). Unknown addresses of the API, the
 * websocket and the operations routes keep the JSON 404. Without `index.html`, pages answer a 503
 * saying how to build the app, and a warning is logged now.
 */
export function registerWebApp(
  app: FastifyInstance,
  options: { webDir: string; logger: Logger },
): void {
  const { webDir, logger } = options
  if (!existsSync(join(webDir, INDEX_FILE))) {
    logger.warn(
      { webDir },
      'the web app is not built: pages answer 503 until `npm run build:web` is run',
    )
  }
  const files = new WebAppFiles(webDir)
  const pages = new WebAppPages(webDir, files)

  app.get('/*', async (request, reply) => {
    const path = pathOf(request)
    const file =
      isWebAppPath(path) && path !== INDEX_PATH
        ? await files.read(path.slice(1), acceptedEncodings(request.headers['accept-encoding']))
        : null
    if (file === null) {
      reply.callNotFound()
      return reply
    }
    if (path.endsWith('.html')) setPageHeaders(reply)
    else {
      void reply.header(
        'cache-control',
        isAssetPath(path) ? IMMUTABLE_CACHE_CONTROL : REVALIDATE_CACHE_CONTROL,
      )
    }
    return sendFile(request, reply, file)
  })

  app.setNotFoundHandler(async (request, reply) => {
    if (!answersWithIndex(request)) return answerNotFound(reply)
    const page = await pages.read(
      pathOf(request),
      acceptedEncodings(request.headers['accept-encoding']),
    )
    setPageHeaders(reply)
    if (page === null) {
      return reply.code(503).type('text/html; charset=utf-8').send(NOT_BUILT_PAGE)
    }
    // The not-found handler may have a 404 set already; the page itself is found.
    return sendFile(request, reply.code(200), page)
  })
}

// The entry page is answered for the app's addresses, with its headers, never as a file.
const INDEX_PATH = `/${INDEX_FILE}`

function pathOf(request: FastifyRequest): string {
  const path = request.url.split('?', 1)[0] ?? '/'
  try {
    return decodeURIComponent(path)
  } catch {
    // Not a valid address: no file has it.
    return path
  }
}

/** Whether a request no route answered gets the web app's `index.html` (SPA fallback). */
function answersWithIndex(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  const path = pathOf(request)
  // Non-canonical addresses (`/a/../b`, `/.vite/…`): no page or file of this server has one.
  const canonical = !path.split('/').some((part) => part.startsWith('.'))
  return canonical && isWebAppPath(path) && !isAssetPath(path)
}

function sendFile(request: FastifyRequest, reply: FastifyReply, file: WebAppFile): FastifyReply {
  void reply.header('vary', 'accept-encoding').header('etag', file.etag).type(file.type)
  if (request.headers['if-none-match'] === file.etag) return reply.code(304).send()
  if (file.encoding !== 'identity') void reply.header('content-encoding', file.encoding)
  return reply.send(file.body)
}
