import type { FastifyReply } from 'fastify'
import { PAGE_SOCKET_SCRIPT_SOURCE } from './pageSocketScript.ts'

/**
 * Content-Security-Policy of the web app's pages: everything from this origin only (`connect-src
 * 'self'` also allows the websocket of the same host and port, CSP Level 3 § 6.7.2.8), no inline
 * script but the document page's own (by its hash, see `pageSocketScript.ts`), inline styles for
 * the editor, images from `data:` and `blob:` URLs (pasted images), no plugin, and no
 * framing by another site.
 */
export const WEB_APP_CSP = [
  "default-src 'self'",
  `script-src 'self' ${PAGE_SOCKET_SCRIPT_SOURCE}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/** Cache policy of Vite's hashed files under `/assets/`: their name changes with their content. */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable'

/** Cache policy of pages and unhashed files: always revalidated, so a new build is seen at once. */
export const REVALIDATE_CACHE_CONTROL = 'no-cache'

/** Sets the headers of an HTML page of the web app: no caching without revalidation, and security. */
export function setPageHeaders(reply: FastifyReply): void {
  void reply.headers({
    'cache-control': REVALIDATE_CACHE_CONTROL,
    'content-security-policy': WEB_APP_CSP,
    'referrer-policy': 'same-origin',
    'x-frame-options': 'DENY',
  })
}
