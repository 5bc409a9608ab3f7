/**
 * True when the web app may answer `path` (a URL path without its query): every path but the API
 * (`/api`, `/api/…`), the websocket (`/sync…`) and the operations routes (`/healthz`, `/metrics`).
 * Those keep the server's JSON answers, so a mistyped API call never receives a page.
 */
export function isWebAppPath(path: string): boolean {
  if (path.startsWith('/sync')) return false
  return !['/api', '/healthz', '/metrics'].some(
    (prefix) => path === prefix || path.startsWith(`${prefix}/`),
  )
}

/** True for Vite's hashed build files, which are never answered with `index.html`. */
export function isAssetPath(path: string): boolean {
  return path.startsWith('/assets/')
}
