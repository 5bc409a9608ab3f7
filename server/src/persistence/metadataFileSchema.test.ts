import { describe, expect, it } from 'vitest'
import { MetadataErrorCode } from './MetadataError.ts'
import { createEmptyMetadataFile, parseMetadataFile } from './metadataFileSchema.ts'

const session = (tokenHash: string) => ({
  tokenHash,
  accountId: 'account-claire',
  csrfToken: 'csrf',
  createdAt: '2025-03-01T10:00:00.000Z',
  expiresAt: '2025-03-08T10:00:00.000Z',
})

describe('parseMetadataFile', () => {
  it('accepts an empty file of the current version', () => {
    expect(parseMetadataFile(createEmptyMetadataFile(1), [])).toEqual(createEmptyMetadataFile(1))
  })

  it('refuses two records with one key, naming their positions but not the key', () => {
    const file = {
      ...createEmptyMetadataFile(1),
      sessions: [session('secret-hash'), session('other'), session('secret-hash')],
    }
    let error: unknown
    try {
      parseMetadataFile(file, [])
    } catch (caught) {
      error = caught
    }
    expect(error).toMatchObject({ code: MetadataErrorCode.Corrupted })
    expect(String(error)).toMatch(/sessions\[2\]/)
    expect(String(error)).toMatch(/sessions\[0\]/)
    expect(String(error)).not.toMatch(/secret-hash/)
  })

  it('refuses two memberships of one account in one space', () => {
    const membership = {
      spaceId: 'clpe-lille',
      accountId: 'account-claire',
      role: 'lecteur',
      createdAt: '2025-03-01T10:00:00.000Z',
    }
    const file = { ...createEmptyMetadataFile(1), memberships: [membership, membership] }
    expect(() => parseMetadataFile(file, [])).toThrow(
      expect.objectContaining({ code: MetadataErrorCode.Corrupted }),
    )
    const other = { ...membership, spaceId: 'clpe-roubaix' }
    const valid = { ...createEmptyMetadataFile(1), memberships: [membership, other] }
    expect(parseMetadataFile(valid, []).memberships).toHaveLength(2)
  })
})
