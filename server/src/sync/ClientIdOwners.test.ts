import { describe, expect, it } from 'vitest'
import { ClientIdOwners, SERVER_OWNER } from './ClientIdOwners.ts'

describe('ClientIdOwners', () => {
  it('keeps the first owner of a client id', () => {
    const owners = new ClientIdOwners(10)
    owners.claim(7, 'nadia')
    owners.claim(7, 'intrus')

    expect(owners.ownerOf(7)).toBe('nadia')
    expect(owners.isOwnedByAnother(7, 'intrus')).toBe(true)
    expect(owners.isOwnedByAnother(7, 'nadia')).toBe(false)
    expect(owners.isOwnedByAnother(8, 'intrus')).toBe(false)
  })

  it('keeps the server’s ids from every principal', () => {
    const owners = new ClientIdOwners(10)
    owners.claim(1, SERVER_OWNER)

    expect(owners.isOwnedByAnother(1, 'server')).toBe(true)
  })

  it('forgets the oldest claims beyond its capacity', () => {
    const owners = new ClientIdOwners(2)
    owners.claim(1, 'a')
    owners.claim(2, 'b')
    owners.claim(3, 'c')

    expect(owners.size).toBe(2)
    expect(owners.ownerOf(1)).toBeUndefined()
    expect(owners.ownerOf(3)).toBe('c')
  })
})
