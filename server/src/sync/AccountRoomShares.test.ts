import { describe, expect, it } from 'vitest'
import type { DocumentId } from '@maillage/protocol'
import type { Principal } from '../auth/Authenticator.ts'
import { AccountRoomShares } from './AccountRoomShares.ts'

const nadia: Principal = { id: 'nadia', name: 'Nadia', sessionTokenHash: 'h1' }
const julien: Principal = { id: 'julien', name: 'Julien', accessTokenId: 't1' }
const anonymous: Principal = { id: 'anonymous', name: 'Anonyme' }

function doc(name: string): DocumentId {
  return name as DocumentId
}

describe('AccountRoomShares', () => {
  it('admits an account into rooms up to its share, then only into rooms it is already in', () => {
    const shares = new AccountRoomShares(2)
    shares.add({ principal: nadia, documentId: doc('a') })
    shares.add({ principal: nadia, documentId: doc('b') })
    expect(shares.admits(nadia, doc('c'))).toBe(false)
    expect(shares.admits(nadia, doc('a'))).toBe(true)
    expect(shares.admits(julien, doc('c'))).toBe(true)
  })

  it('frees a room once the last connection of the account in it has left, each counted once', () => {
    const shares = new AccountRoomShares(1)
    const first = { principal: nadia, documentId: doc('a') }
    const second = { principal: nadia, documentId: doc('a') }
    shares.add(first)
    shares.add(first)
    shares.add(second)
    shares.remove(first)
    shares.remove(first)
    expect(shares.admits(nadia, doc('b'))).toBe(false)
    shares.remove(second)
    expect(shares.admits(nadia, doc('b'))).toBe(true)
  })

  it('gives no share to principals without an account (MAILLAGE_AUTH=none)', () => {
    const shares = new AccountRoomShares(1)
    shares.add({ principal: anonymous, documentId: doc('a') })
    expect(shares.admits(anonymous, doc('b'))).toBe(true)
  })
})
