import { isIP } from 'node:net'

/** Names `MAILLAGE_TRUSTED_PROXIES` accepts for well-known ranges, as Fastify's proxy-addr does. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal'])

/**
 * Reads `MAILLAGE_TRUSTED_PROXIES`: comma-separated IP addresses, CIDR ranges (`10.0.0.0/8`,
 * `fd00::/8`) or the names `loopback`, `linklocal`, `uniquelocal`. Returns the entries to hand to
 * Fastify's `trustProxy` (empty: trust no proxy), or the first invalid entry.
 */
export function parseTrustedProxies(
  value: string,
): { readonly proxies: readonly string[] } | { readonly invalid: string } {
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
  const invalid = entries.find((entry) => !isProxyEntry(entry))
  return invalid === undefined ? { proxies: entries } : { invalid }
}

function isProxyEntry(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true
  const [address = '', prefix, ...rest] = entry.split('/')
  const family = isIP(address)
  if (family === 0 || rest.length > 0) return false
  if (prefix === undefined) return true
  if (!/^\d{1,3}$/.test(prefix)) return false
  return Number(prefix) <= (family === 4 ? 32 : 128)
}
