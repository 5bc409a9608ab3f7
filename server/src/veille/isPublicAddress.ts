import { BlockList, isIPv4, isIPv6 } from 'node:net'

/**
 * Address ranges a server-side fetch must not reach unless allowed: the machine itself, private
 * networks, link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, benchmarking,
 * documentation, multicast and reserved ranges (RFC 6890 special-purpose registries).
 */
const NON_PUBLIC = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 3],
] as const) {
  NON_PUBLIC.addSubnet(network, prefix, 'ipv4')
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  NON_PUBLIC.addSubnet(network, prefix, 'ipv6')
}

const MAPPED_IPV4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i

/**
 * True when `address` (an IP literal) is on the public Internet; false for loopback, private,
 * link-local and reserved addresses, an IPv4 address mapped in IPv6 judged as itself, and for
 * anything that is not an IP address.
 */
export function isPublicAddress(address: string): boolean {
  const mapped = MAPPED_IPV4.exec(address)
  if (mapped?.[1] !== undefined) return isPublicAddress(mapped[1])
  if (isIPv4(address)) return !NON_PUBLIC.check(address, 'ipv4')
  if (isIPv6(address)) return !NON_PUBLIC.check(address, 'ipv6')
  return false
}
