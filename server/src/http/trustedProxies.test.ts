import { describe, expect, it } from 'vitest'
import { parseTrustedProxies } from './trustedProxies.ts'

describe('MAILLAGE_TRUSTED_PROXIES', () => {
  it('trusts no proxy when empty', () => {
    expect(parseTrustedProxies('')).toEqual({ proxies: [] })
    expect(parseTrustedProxies(' , ')).toEqual({ proxies: [] })
  })

  it('reads addresses, CIDR ranges and the named ranges, spaces aside', () => {
    expect(parseTrustedProxies('127.0.0.1, 10.0.0.0/8,fd00::/8 , ::1,loopback')).toEqual({
      proxies: ['127.0.0.1', '10.0.0.0/8', 'fd00::/8', '::1', 'loopback'],
    })
  })

  it.each([
    'proxy.example.fr',
    '10.0.0.0/33',
    '::1/129',
    '10.0.0.1/8/8',
    '10.0.0.0/',
    '*',
    '10.0.0.0/x',
  ])('names %s as invalid', (entry) => {
    expect(parseTrustedProxies(`127.0.0.1,${entry}`)).toEqual({ invalid: entry })
  })
})
