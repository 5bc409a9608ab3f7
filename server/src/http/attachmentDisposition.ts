/** Longest file name, before its extension, put in a `content-disposition` header. */
const MAX_FILE_NAME_LENGTH = 80

// Format characters: the bidirectional marks, embeddings, overrides and isolates (U+061C,
// U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) reorder how a name is displayed — with U+202E a
// title can make "rapport<U+202E>fdp.exe" show as "rapportexe.pdf" in a download bar (Trojan
// Source, CVE-2021-42574) — and the others (zero-width space, BOM…) hide in it. Removed, not
// replaced: they carry no text. The joiners U+200C and U+200D stay: some scripts and emoji need them.
const FORMAT_CHARACTERS = /(?![\u200c\u200d])\p{Cf}/gu

/**
 * A `content-disposition: attachment` header value naming the file after a document's title, its
 * control and format characters (bidirectional overrides among them) removed: an ASCII `filename` (accents dropped, runs of anything else but letters, digits, `-` and `_` turned into
 * `-`; `export` if nothing is left) for old clients, and the title itself as UTF-8 in `filename*`
 * (RFC 6266, RFC 5987 encoding). `extension` is given without its dot.
 */
export function attachmentDisposition(title: string, extension: string): string {
  const cleaned = title
    .replace(FORMAT_CHARACTERS, '')
    .replace(/[\p{Cc}\p{Cs}/\\:*?"<>|]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  // Lone surrogates (\p{Cs} above) and halves of pairs are not encodable: cut between code points.
  const readable = Array.from(cleaned).slice(0, MAX_FILE_NAME_LENGTH).join('').trim()
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
