import { describe, expect, it } from 'vitest'
import { isPublicAddress } from './isPublicAddress.ts'

describe('isPublicAddress', () => {
  it('accepts addresses of the public Internet', () => {
    for (const address of ['185.24.186.10', '8.8.8.8', '2a01:e0a:1::1', '::ffff:8.8.4.4']) {
      expect(isPublicAddress(address), address).toBe(true)
    }
  })

  it('refuses loopback, private, link-local, reserved and mapped private addresses', () => {
    for (const address of [
      '127.0.0.1',
      '127.8.9.10',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '::1',
      '::',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      'localhost',
    ]) {
      expect(isPublicAddress(address), address).toBe(false)
    }
  })
})
