/** Longest file name, before its extension, put in a `content-disposition` header. */
const MAX_FILE_NAME_LENGTH = 80

/**
 * A `content-disposition: attachment` header value naming the file after a document's title: an
 * ASCII `filename` (accents dropped, runs of anything else but letters, digits, `-` and `_` turned into
 * `-`; `export` if nothing is left) for old clients, and the title itself as UTF-8 in `filename*`
 * (RFC 6266, RFC 5987 encoding). `extension` is given without its dot.
 */
export function attachmentDisposition(title: string, extension: string): string {
  const readable = title
    .replace(/[\p{Cc}/\\:*?"<>|]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_FILE_NAME_LENGTH)
  const ascii =
    readable
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'export'
  const utf8 = encodeRfc5987(`${readable === '' ? ascii : readable}.${extension}`)
  return `attachment; filename="${ascii}.${extension}"; filename*=UTF-8''${utf8}`
}

// encodeURIComponent leaves ' ( ) * ! unescaped, which RFC 5987's attr-char does not allow.
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*!]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  )
}
