/** Query parameters that only track a visit (campaign tags), left out of the key. */
const TRACKING_PARAMETER = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|xtor)$/i

/**
 * The key two links to one page share, against duplicates in the veille: the scheme (http and
 * https alike), `www.`, the default port, the fragment, tracking parameters, the order of the
 * other parameters and a trailing slash do not count; the host is lower-cased (the path is not:
 * servers may tell cases apart). Null when `url` is not an absolute http(s) URL.
 */
export function normalizeVeilleUrl(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url.trim())
  } catch {
    // Not a URL at all: the caller refuses it with its own message.
    return null
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '')
  const port =
    parsed.port === '' || parsed.port === '80' || parsed.port === '443' ? '' : `:${parsed.port}`
  const path = parsed.pathname.length > 1 ? parsed.pathname.replace(/\/+$/, '') : ''
  const parameters = [...parsed.searchParams.entries()]
    .filter(([name]) => !TRACKING_PARAMETER.test(name))
    .sort(([a, x], [b, y]) => (a === b ? x.localeCompare(y) : a.localeCompare(b)))
  const query = parameters.length === 0 ? '' : `?${new URLSearchParams(parameters).toString()}`
  return `https://${host}${port}${path}${query}`
}
