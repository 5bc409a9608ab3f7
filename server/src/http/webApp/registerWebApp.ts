import { existsSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Logger } from 'pino'
import { answerNotFound } from '../registerErrorHandler.ts'
import { isAssetPath, isWebAppPath } from './isWebAppPath.ts'
import { NOT_BUILT_PAGE } from './notBuiltPage.ts'
import {
  IMMUTABLE_CACHE_CONTROL,
  REVALIDATE_CACHE_CONTROL,
  setPageHeaders,
} from './webAppHeaders.ts'

/** File name of the web app's entry page in its build directory. */
const INDEX_FILE = 'index.html'

/**
 * Serves the built web app from `webDir` (Vite's `dist`): its files as they are (`/assets/*`
 * cached for a year, being hashed), and `index.html` for any other GET the server does not own, so
 * that deep links (`/espaces/clpe-59004`) work on reload. Unknown addresses of the API, the
 * websocket and the operations routes keep the JSON 404. Without `index.html`, pages answer a 503
 * saying how to build the app, and a warning is logged now.
 */
export async function registerWebApp(
  app: FastifyInstance,
  options: { webDir: string; logger: Logger },
): Promise<void> {
  const { webDir, logger } = options
  const indexPath = join(webDir, INDEX_FILE)
  if (!existsSync(indexPath)) {
    logger.warn(
      { webDir },
      'the web app is not built: pages answer 503 until `npm run build:web` is run',
    )
  }

  await app.register(fastifyStatic, {
    root: webDir,
    prefix: '/',
    wildcard: true,
    // `/` and directories fall through to the not-found handler, which answers `index.html`
    // (without this, @fastify/send refuses a directory with a 403).
    index: false,
    dotfiles: 'ignore',
    // The build writes `.br` and `.gz` copies of its text files (apps/web/vite.config.ts): sent
    // as they are to browsers that accept them, the file itself to the others.
    preCompressed: true,
    cacheControl: false,
    suppressWarning: true,
    allowedPath: (path) => isWebAppPath(path) && !path.endsWith('/'),
    setHeaders: (reply, sentPath) => {
      // The headers of the file, whichever of its copies is sent.
      const path = sentPath.replace(/\.(?:br|gz)$/, '')
      if (path.endsWith('.html')) setPageHeaders(reply)
      else if (path.startsWith(join(webDir, 'assets', '/'))) {
        void reply.header('cache-control', IMMUTABLE_CACHE_CONTROL)
      } else void reply.header('cache-control', REVALIDATE_CACHE_CONTROL)
    },
  })

  app.setNotFoundHandler(async (request, reply) => {
    if (!answersWithIndex(request)) return answerNotFound(reply)
    if (!(await isFile(indexPath))) {
      setPageHeaders(reply)
      return reply.code(503).type('text/html; charset=utf-8').send(NOT_BUILT_PAGE)
    }
    return sendIndex(reply)
  })
}

/** Whether a request no route answered gets the web app's `index.html` (SPA fallback). */
function answersWithIndex(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  const path = request.url.split('?', 1)[0] ?? '/'
  return isWebAppPath(path) && !isAssetPath(path)
}

function sendIndex(reply: FastifyReply): FastifyReply {
  // The not-found handler may have a 404 set already; the page itself is found.
  return reply.code(200).sendFile(INDEX_FILE)
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    // Missing or unreadable: either way there is no page to serve.
    return false
  }
}
