import { describe, expect, it } from 'vitest'
import { AT } from './metadataFixtures.ts'
import { MetadataErrorCode } from './MetadataError.ts'
import type { MetadataContractContext } from './metadataStoreContract.ts'
import type { AtelierWallAuthor } from './records/AtelierWallAuthor.ts'

/** Nadia posted the note `note-1` of the atelier `atelier-1` anonymously. */
const author = (overrides: Partial<AtelierWallAuthor> = {}): AtelierWallAuthor => ({
  atelierId: 'atelier-1',
  noteId: 'note-1',
  accountId: 'account-nadia',
  createdAt: AT,
  ...overrides,
})

const vote = (noteId: string, delta: 1 | -1, accountId = 'account-nadia', budget = 3) => ({
  atelierId: 'atelier-1',
  noteId,
  accountId,
  delta,
  budget,
})

/** The contract of the wall's records (`AtelierWallRecords`). */
export function describeAtelierWallRecordsContract(context: MetadataContractContext): void {
  const store = context.store

  describe('atelier wall', () => {
    it('keeps the authors of anonymous notes, one per note, and deletes them', async () => {
      await store().atelierWall.recordAuthor(author())
      await store().atelierWall.recordAuthor(author({ atelierId: 'atelier-2' }))
      expect(await store().atelierWall.findAuthor('atelier-1', 'note-1')).toEqual(author())
      expect(await store().atelierWall.findAuthor('atelier-1', 'note-2')).toBeNull()
      expect(await store().atelierWall.listAuthors('atelier-1')).toEqual([author()])
      await expect(
        store().atelierWall.recordAuthor(author({ accountId: 'account-paul' })),
      ).rejects.toMatchObject({ code: MetadataErrorCode.Conflict })
      expect(await store().atelierWall.deleteAuthor('atelier-1', 'note-1')).toBe(true)
      expect(await store().atelierWall.deleteAuthor('atelier-1', 'note-1')).toBe(false)
      expect(await store().atelierWall.findAuthor('atelier-2', 'note-1')).toEqual(
        author({ atelierId: 'atelier-2' }),
      )
    })

    it('places dots within the budget, several on one note, and takes them back', async () => {
      const wall = store().atelierWall
      expect(await wall.changeVote(vote('note-1', 1))).toEqual({
        accepted: true,
        spent: 1,
        noteTotal: 1,
      })
      await wall.changeVote(vote('note-1', 1))
      expect(await wall.changeVote(vote('note-1', 1, 'account-paul'))).toEqual({
        accepted: true,
        spent: 1,
        noteTotal: 3,
      })
      expect(await wall.changeVote(vote('note-2', 1))).toMatchObject({ accepted: true, spent: 3 })
      expect(await wall.changeVote(vote('note-2', 1))).toEqual({
        accepted: false,
        spent: 3,
        noteTotal: 1,
      })
      expect(await wall.changeVote(vote('note-3', -1))).toMatchObject({ accepted: false })
      expect(await wall.changeVote(vote('note-2', -1))).toEqual({
        accepted: true,
        spent: 2,
        noteTotal: 0,
      })
      const mine = await wall.listVotesOf('atelier-1', 'account-nadia')
      expect(mine).toEqual([
        { atelierId: 'atelier-1', noteId: 'note-1', accountId: 'account-nadia', count: 2 },
      ])
      expect((await wall.listVotes('atelier-1')).map((found) => found.count).sort()).toEqual([1, 2])
      expect(await wall.listVotes('atelier-2')).toEqual([])

      await wall.deleteVotesOfNote('atelier-1', 'note-1')
      expect(await wall.listVotes('atelier-1')).toEqual([])
      expect(await wall.changeVote(vote('note-2', 1, 'account-nadia', 0))).toMatchObject({
        accepted: false,
        spent: 0,
      })
    })

    it('never lets parallel dots of one participant exceed the budget', async () => {
      const wall = store().atelierWall
      const outcomes = await Promise.all(
        Array.from({ length: 10 }, (_, index) => wall.changeVote(vote(`note-${index % 4}`, 1))),
      )
      expect(outcomes.filter((outcome) => outcome.accepted)).toHaveLength(3)
      const mine = await wall.listVotesOf('atelier-1', 'account-nadia')
      expect(mine.reduce((sum, found) => sum + found.count, 0)).toBe(3)
    })
  })
}
