import { describe, expect, it } from 'vitest'
import { expectRejections } from './metadataContractCore.ts'
import { AT } from './metadataFixtures.ts'
import { MetadataErrorCode } from './MetadataError.ts'
import type { MetadataContractContext } from './metadataStoreContract.ts'
import type { AtelierPoll } from './records/AtelierPoll.ts'
import type { AtelierPollAnswer } from './records/AtelierPollAnswer.ts'
import type { AtelierWordEntry } from './records/AtelierWordEntry.ts'

/** A quiz prepared for the webinar on the mobility of young people. */
export const atelierPoll = (overrides: Partial<AtelierPoll> = {}): AtelierPoll => ({
  id: 'poll-1',
  atelierId: 'atelier-mobilite',
  kind: 'single',
  question: 'Quel dispositif finance le permis de conduire des jeunes ?',
  options: [
    { id: 'a', label: 'L’aide au permis de France Travail', correct: true },
    { id: 'b', label: 'Le compte épargne temps' },
  ],
  anonymous: true,
  position: 0,
  state: 'draft',
  revealed: false,
  createdAt: AT,
  createdBy: 'account-claire',
  ...overrides,
})

const answer = (overrides: Partial<AtelierPollAnswer> = {}): AtelierPollAnswer => ({
  pollId: 'poll-1',
  atelierId: 'atelier-mobilite',
  accountId: 'account-karim',
  choices: ['a'],
  answeredAt: AT,
  ...overrides,
})

const wordEntry = (overrides: Partial<AtelierWordEntry> = {}): AtelierWordEntry => ({
  cloudId: 'cloud-1',
  atelierId: 'atelier-mobilite',
  accountId: 'account-karim',
  words: ['mobilité', 'permis'],
  sentAt: AT,
  ...overrides,
})

/** The contract of the polls' records (`AtelierPollRecords`). */
export function describeAtelierPollRecordsContract(context: MetadataContractContext): void {
  const store = context.store

  describe('atelier polls', () => {
    it('keeps polls by atelier, oldest first, updates them and refuses a taken id', async () => {
      const cloud = atelierPoll({ id: 'cloud-1', kind: 'word-cloud', options: [], position: 1 })
      const elsewhere = atelierPoll({ id: 'poll-9', atelierId: 'atelier-autre' })
      await store().atelierPolls.createPoll(atelierPoll())
      await store().atelierPolls.createPoll(elsewhere)
      await store().atelierPolls.createPoll(cloud)
      expect(await store().atelierPolls.listPollsOf('atelier-mobilite')).toEqual([
        atelierPoll(),
        cloud,
      ])
      expect(await store().atelierPolls.findPoll('poll-9')).toEqual(elsewhere)
      expect(await store().atelierPolls.findPoll('poll-0')).toBeNull()
      const launched: Partial<AtelierPoll> = { state: 'open', launchedAt: AT }
      expect(await store().atelierPolls.updatePoll('poll-1', launched)).toEqual(
        atelierPoll(launched),
      )
      const moderated: Partial<AtelierPoll> = {
        hiddenWords: ['voiture'],
        merges: [{ from: 'velo', into: 'bicyclette' }],
      }
      expect(await store().atelierPolls.updatePoll('cloud-1', moderated)).toEqual({
        ...cloud,
        ...moderated,
      })
      expect(await store().atelierPolls.updatePoll('poll-0', launched)).toBeNull()
      await expectRejections(
        [store().atelierPolls.createPoll(atelierPoll({ question: 'Autre' }))],
        MetadataErrorCode.Conflict,
      )
      await expectRejections(
        [
          store().atelierPolls.createPoll(atelierPoll({ id: 'poll-2', question: 'q'.repeat(301) })),
          store().atelierPolls.createPoll(
            atelierPoll({ id: 'poll-3', options: [{ id: 'a', label: 'l'.repeat(121) }] }),
          ),
        ],
        MetadataErrorCode.Invalid,
      )
    })

    it('keeps one answer per poll and account, the last saved, in place', async () => {
      await store().atelierPolls.createPoll(atelierPoll())
      await store().atelierPolls.saveAnswer(answer())
      await store().atelierPolls.saveAnswer(answer({ accountId: 'account-lea', choices: ['b'] }))
      await store().atelierPolls.saveAnswer(answer({ choices: ['b'] }))
      expect(await store().atelierPolls.listAnswersOf('poll-1')).toEqual([
        answer({ choices: ['b'] }),
        answer({ accountId: 'account-lea', choices: ['b'] }),
      ])
      expect(await store().atelierPolls.findAnswer('poll-1', 'account-lea')).toEqual(
        answer({ accountId: 'account-lea', choices: ['b'] }),
      )
      expect(await store().atelierPolls.findAnswer('poll-1', 'account-zoe')).toBeNull()
      await expectRejections(
        [store().atelierPolls.saveAnswer(answer({ accountId: 'x', text: 't'.repeat(281) }))],
        MetadataErrorCode.Invalid,
      )
    })

    it('counts each of many simultaneous answers once, resaved ones included', async () => {
      await store().atelierPolls.createPoll(atelierPoll())
      const accounts = Array.from({ length: 40 }, (_, index) => `account-${index}`)
      await Promise.all(
        accounts.flatMap((accountId) => [
          store().atelierPolls.saveAnswer(answer({ accountId, choices: ['a'] })),
          store().atelierPolls.saveAnswer(answer({ accountId, choices: ['b'] })),
        ]),
      )
      const answers = await store().atelierPolls.listAnswersOf('poll-1')
      expect(answers.map((found) => found.accountId).sort()).toEqual([...accounts].sort())
    })

    it('keeps one word entry per cloud and account, and deletes a poll with what it holds', async () => {
      await store().atelierPolls.createPoll(atelierPoll())
      await store().atelierPolls.createPoll(
        atelierPoll({ id: 'cloud-1', kind: 'word-cloud', options: [] }),
      )
      await store().atelierPolls.saveAnswer(answer())
      await store().atelierPolls.saveWordEntry(wordEntry())
      await store().atelierPolls.saveWordEntry(wordEntry({ words: ['vélo'] }))
      await store().atelierPolls.saveWordEntry(wordEntry({ accountId: 'account-lea' }))
      expect(await store().atelierPolls.listWordEntriesOf('cloud-1')).toEqual([
        wordEntry({ words: ['vélo'] }),
        wordEntry({ accountId: 'account-lea' }),
      ])
      expect(await store().atelierPolls.findWordEntry('cloud-1', 'account-karim')).toEqual(
        wordEntry({ words: ['vélo'] }),
      )
      await expectRejections(
        [store().atelierPolls.saveWordEntry(wordEntry({ words: ['a', 'b', 'c', 'd'] }))],
        MetadataErrorCode.Invalid,
      )
      expect(await store().atelierPolls.deletePoll('cloud-1')).toBe(true)
      expect(await store().atelierPolls.deletePoll('cloud-1')).toBe(false)
      expect(await store().atelierPolls.listWordEntriesOf('cloud-1')).toEqual([])
      expect(await store().atelierPolls.deletePoll('poll-1')).toBe(true)
      expect(await store().atelierPolls.listAnswersOf('poll-1')).toEqual([])
      expect(await store().atelierPolls.listPollsOf('atelier-mobilite')).toEqual([])
    })
  })
}
