/**
 * The file name a `content-disposition` header gives: its UTF-8 `filename*` (RFC 5987), else its
 * `filename`, else `fallback`.
 */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (disposition === null) return fallback
  const encoded = /filename\*=UTF-8''([^;]+)/iu.exec(disposition)?.[1]
  if (encoded !== undefined) {
    try {
      return decodeURIComponent(encoded)
    } catch {
      // A malformed escape: the plain `filename` below is the server's own ASCII copy.
    }
  }
  return /filename="([^"]+)"/iu.exec(disposition)?.[1] ?? fallback
}
