import { describe, expect, it } from 'vitest'
import { UNMATCHABLE_PASSWORD_HASH, verifyPassword } from '../auth/passwords.ts'
import { DEMO_PASSWORD_HASH } from './demoPasswordHash.ts'
import { DEMO_PASSWORD } from './seedMetadata.ts'

/** `scrypt$N$r$p$` of a hash: its algorithm and cost. */
function costOf(hash: string): string {
  return hash.split('$').slice(0, 4).join('$')
}

// When either test fails, make a new hash with `hashPassword(DEMO_PASSWORD)` and paste it in
// `demoPasswordHash.ts`.
describe('the precomputed hash of the demo password', () => {
  it('is a hash of the demo password, and of no other', async () => {
    expect(await verifyPassword(DEMO_PASSWORD, DEMO_PASSWORD_HASH)).toBe(true)
    expect(await verifyPassword(`${DEMO_PASSWORD}!`, DEMO_PASSWORD_HASH)).toBe(false)
  })

  it('has the cost of the hashes made now', () => {
    expect(costOf(DEMO_PASSWORD_HASH)).toBe(costOf(UNMATCHABLE_PASSWORD_HASH))
  })
})
