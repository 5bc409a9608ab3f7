import { describe, expect, it } from 'vitest'
import { PendingLoginSeal, type PendingLogin } from './PendingLogin.ts'

const LOGIN: PendingLogin = {
  state: 's'.repeat(43),
  nonce: 'n'.repeat(43),
  codeVerifier: 'v'.repeat(43),
  returnPath: '/invitation/abc',
  expiresAt: 10_000,
}

describe('PendingLoginSeal', () => {
  const seal = new PendingLoginSeal('le secret du client, assez long')

  it('opens what it sealed, until it expires', () => {
    const cookie = seal.seal(LOGIN)
    expect(seal.open(cookie, 9_999)).toEqual(LOGIN)
    expect(seal.open(cookie, 10_000)).toBeNull()
  })

  it('opens nothing altered, sealed with another secret, or malformed', () => {
    const cookie = seal.seal(LOGIN)
    const [body = '', mac = ''] = cookie.split('.')
    const forged = Buffer.from(JSON.stringify({ ...LOGIN, returnPath: '/admin' })).toString(
      'base64url',
    )
    expect(seal.open(`${forged}.${mac}`, 0)).toBeNull()
    expect(seal.open(`${body}.${mac.slice(1)}x`, 0)).toBeNull()
    expect(new PendingLoginSeal('un autre secret de client').open(cookie, 0)).toBeNull()
    expect(seal.open(undefined, 0)).toBeNull()
    expect(seal.open('pas-un-cookie', 0)).toBeNull()
    expect(seal.open(`${cookie}.encore`, 0)).toBeNull()
  })
})
