import { describe, expect, it } from 'vitest'
import { UNMATCHABLE_PASSWORD_HASH, hashPassword, verifyPassword } from './passwords.ts'

describe('passwords', () => {
  it('verifies the password a hash was made from, and no other', async () => {
    const hash = await hashPassword('demo-maillage-2026')
    expect(hash).toMatch(/^scrypt\$16384\$8\$5\$[\w+/=]+\$[\w+/=]+$/)
    expect(await verifyPassword('demo-maillage-2026', hash)).toBe(true)
    expect(await verifyPassword('demo-maillage-2027', hash)).toBe(false)
  })

  it('salts every hash, so two accounts with one password have different hashes', async () => {
    const [first, second] = await Promise.all([
      hashPassword('même mot de passe'),
      hashPassword('même mot de passe'),
    ])
    expect(first).not.toBe(second)
  })

  it('treats a composed and a decomposed accent as the same password', async () => {
    const hash = await hashPassword('Ch\u00e2teau-Thierry 2026')
    expect(await verifyPassword('Cha\u0302teau-Thierry 2026', hash)).toBe(true)
  })

  it('never matches a malformed hash', async () => {
    expect(await verifyPassword('x', 'bcrypt$whatever')).toBe(false)
    expect(await verifyPassword('x', 'scrypt$abc$8$1$c2FsdA==$a2V5')).toBe(false)
  })

  it('matches no password against the stand-in hash checked for unknown addresses', async () => {
    expect(UNMATCHABLE_PASSWORD_HASH).toMatch(/^scrypt\$16384\$8\$5\$[\w+/=]+\$[\w+/=]+$/)
    expect(await verifyPassword('', UNMATCHABLE_PASSWORD_HASH)).toBe(false)
  })
})
