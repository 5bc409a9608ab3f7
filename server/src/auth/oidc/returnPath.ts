const BASE = 'http://maillage.invalid'

/** Longest return path kept; a longer one is replaced by the accueil. */
export const MAX_RETURN_PATH_LENGTH = 1024

/**
 * The app path to open after signing in: a path of this server only (an absolute URL, `//host`,
 * `/\host` or a control character would make the login an open redirect), normalised as a
 * browser would read it; `/` (the accueil) for anything else, or when absent.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/')) return '/'
  if (value.length > MAX_RETURN_PATH_LENGTH || /[\\\p{Cc}]/u.test(value)) return '/'
  if (!URL.canParse(value, BASE)) return '/'
  const url = new URL(value, BASE)
  if (url.origin !== BASE) return '/'
  return `${url.pathname}${url.search}${url.hash}`
}
