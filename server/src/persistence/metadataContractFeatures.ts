import { describe, expect, it } from 'vitest'
import { parseDocumentId } from '@maillage/protocol'
import { expectRejections } from './metadataContractCore.ts'
import {
  atelierId,
  atelierRecord,
  calendarFeed,
  exchangeThread,
  notification,
  registration,
  survey,
  surveyAnswer,
  toolProposal,
  toolUsage,
} from './metadataFeatureFixtures.ts'
import { AT, fiche, lille, roubaix } from './metadataFixtures.ts'
import { MetadataErrorCode } from './MetadataError.ts'
import type { MetadataContractContext } from './metadataStoreContract.ts'
import type { AtelierRegistration } from './records/AtelierRegistration.ts'
import { ToolProposalStatus, type ToolProposal } from './records/ToolProposal.ts'

class Refused extends Error {}

/** A decision made against the proposal as stored: refused unless it is still en examen. */
function decide(to: ToolProposalStatus, byName: string) {
  return (current: ToolProposal): Partial<ToolProposal> => {
    if (current.status !== ToolProposalStatus.EnExamen) throw new Refused(current.status)
    return { status: to, history: [...current.history, { status: to, at: AT, byId: 'c', byName }] }
  }
}

/** Registers `accountId` on the registrations given: a seat while fewer than `seats` are taken. */
function register(accountId: string, seats: number, at: string) {
  return (registrations: readonly AtelierRegistration[]) => {
    const taken = registrations.filter((entry) => entry.status === 'inscrit').length
    const status = taken < seats ? ('inscrit' as const) : ('liste-attente' as const)
    const added = { atelierId, accountId, status, registeredAt: at }
    return { registrations: [...registrations, added], result: status }
  }
}

/** The contract of the feature records: toolbox, notifications, surveys, exchanges, ateliers. */
export function describeFeatureRecordsContract(context: MetadataContractContext): void {
  const store = context.store

  describe('toolbox', () => {
    it('keeps proposals oldest first, updates them and refuses a taken id', async () => {
      await store().toolbox.createToolProposal(toolProposal({ id: 'p-2' }))
      await store().toolbox.createToolProposal(toolProposal())
      await expect(store().toolbox.createToolProposal(toolProposal())).rejects.toMatchObject({
        code: MetadataErrorCode.Conflict,
      })
      expect((await store().toolbox.listToolProposals()).map((found) => found.id)).toEqual([
        'p-2',
        'proposal-1',
      ])
      const moved = await store().toolbox.updateToolProposal('p-2', { status: 'valide' })
      expect(moved).toEqual(toolProposal({ id: 'p-2', status: 'valide' }))
      expect(await store().toolbox.findToolProposal('p-2')).toEqual(moved)
      expect(await store().toolbox.updateToolProposal('p-3', { status: 'valide' })).toBeNull()
    })

    it('checks each change against the proposal as stored, so only the first decision passes', async () => {
      await store().toolbox.createToolProposal(toolProposal())
      const decisions = await Promise.allSettled([
        store().toolbox.changeToolProposal('proposal-1', decide(ToolProposalStatus.Valide, 'A')),
        store().toolbox.changeToolProposal('proposal-1', decide(ToolProposalStatus.Refuse, 'B')),
        store().toolbox.changeToolProposal('proposal-1', decide(ToolProposalStatus.Valide, 'C')),
      ])
      expect(decisions.filter((decision) => decision.status === 'fulfilled')).toHaveLength(1)
      const stored = await store().toolbox.findToolProposal('proposal-1')
      expect(stored?.history).toHaveLength(2)
      expect(await store().toolbox.changeToolProposal('nope', () => ({}))).toBeNull()
    })

    it('leaves the proposal as it was when the change mutates its argument and then throws', async () => {
      await store().toolbox.createToolProposal(toolProposal())
      const change = (current: ToolProposal): Partial<ToolProposal> => {
        current.title = 'Mutated'
        throw new Refused('no')
      }
      await expect(store().toolbox.changeToolProposal('proposal-1', change)).rejects.toThrow(
        Refused,
      )
      expect(await store().toolbox.findToolProposal('proposal-1')).toEqual(toolProposal())
    })

    it('replaces the usage of a tool by a space, and deletes it', async () => {
      await store().toolbox.putToolUsage(toolUsage())
      await store().toolbox.putToolUsage(toolUsage({ usefulness: 4 }))
      await store().toolbox.putToolUsage(toolUsage({ spaceId: roubaix }))
      expect(await store().toolbox.listToolUsages()).toEqual([
        toolUsage({ usefulness: 4 }),
        toolUsage({ spaceId: roubaix }),
      ])
      expect(await store().toolbox.deleteToolUsage(fiche, lille)).toBe(true)
      expect(await store().toolbox.deleteToolUsage(fiche, lille)).toBe(false)
      await expect(store().toolbox.putToolUsage(toolUsage({ ease: 9 }))).rejects.toMatchObject({
        code: MetadataErrorCode.Invalid,
      })
    })
  })

  describe('notifications', () => {
    it('lists the notifications of an account oldest first, and only theirs', async () => {
      await store().notifications.createNotification(notification({ id: 'n-2' }))
      await store().notifications.createNotification(notification({ id: 'n-k', accountId: 'k' }))
      await store().notifications.createNotification(notification())
      const listed = await store().notifications.listNotificationsOf('account-claire')
      expect(listed.map((found) => found.id)).toEqual(['n-2', 'notification-1'])
      const read = await store().notifications.updateNotification('n-2', { readAt: AT })
      expect(read).toEqual(notification({ id: 'n-2', readAt: AT }))
      expect(await store().notifications.updateNotification('n-3', { readAt: AT })).toBeNull()
    })

    it('adds several notifications all together, or none when one is refused', async () => {
      await store().notifications.createNotification(notification())
      await expect(
        store().notifications.createNotifications([
          notification({ id: 'n-2' }),
          notification(),
          notification({ id: 'n-3' }),
        ]),
      ).rejects.toMatchObject({ code: MetadataErrorCode.Conflict })
      expect(await store().notifications.listNotificationsOf('account-claire')).toEqual([
        notification(),
      ])
      await store().notifications.createNotifications([
        notification({ id: 'n-2' }),
        notification({ id: 'n-3' }),
      ])
      expect(await store().notifications.listNotificationsOf('account-claire')).toHaveLength(3)
    })

    it('marks every unread notification of one account read, once, even when asked at once', async () => {
      await store().notifications.createNotifications([
        notification(),
        notification({ id: 'n-2', readAt: '2025-03-01T09:00:00.000Z' }),
        notification({ id: 'n-3' }),
        notification({ id: 'n-k', accountId: 'account-karim' }),
      ])
      const later = '2025-03-02T10:00:00.000Z'
      const marked = await Promise.all([
        store().notifications.markAllNotificationsRead('account-claire', later),
        store().notifications.markAllNotificationsRead('account-claire', later),
      ])
      expect(marked[0] + marked[1]).toBe(2)
      const claire = await store().notifications.listNotificationsOf('account-claire')
      expect(claire.map((found) => found.readAt)).toEqual([
        later,
        '2025-03-01T09:00:00.000Z',
        later,
      ])
      const karim = await store().notifications.listNotificationsOf('account-karim')
      expect(karim[0]?.readAt).toBeUndefined()
      await expect(
        store().notifications.markAllNotificationsRead('account-karim', 'demain'),
      ).rejects.toMatchObject({ code: MetadataErrorCode.Invalid })
    })
  })

  describe('surveys', () => {
    it('keeps surveys and their answers, by survey, and refuses a taken id', async () => {
      await store().surveys.createSurvey(survey())
      await store().surveys.createSurvey(survey({ id: 'survey-2' }))
      await store().surveys.createSurveyAnswer(surveyAnswer())
      await store().surveys.createSurveyAnswer(surveyAnswer({ id: 'a-2', surveyId: 'survey-2' }))
      await expectRejections(
        [
          store().surveys.createSurvey(survey()),
          store().surveys.createSurveyAnswer(surveyAnswer()),
        ],
        MetadataErrorCode.Conflict,
      )
      expect((await store().surveys.listSurveys()).map((found) => found.id)).toEqual([
        'survey-1',
        'survey-2',
      ])
      expect(await store().surveys.findSurvey('survey-1')).toEqual(survey())
      expect(await store().surveys.listSurveyAnswers('survey-1')).toEqual([surveyAnswer()])
      expect(await store().surveys.findSurveyAnswer('a-2')).toMatchObject({ surveyId: 'survey-2' })
      const opened = { opensAt: AT, closesAt: '2025-04-01T10:00:00.000Z' }
      expect(await store().surveys.updateSurvey('survey-1', opened)).toEqual(survey(opened))
      const submitted = { submittedAt: AT, submittedBy: 'account-claire', values: { q1: 3 } }
      expect(await store().surveys.updateSurveyAnswer('a-2', submitted)).toMatchObject(submitted)
      expect(await store().surveys.updateSurvey('survey-9', opened)).toBeNull()
      expect(await store().surveys.updateSurveyAnswer('a-9', submitted)).toBeNull()
    })
  })

  describe('exchanges', () => {
    it('keeps threads oldest first, updates and deletes them', async () => {
      const second = parseDocumentId('discussion-2')
      await store().exchanges.createThread(exchangeThread({ id: second }))
      await store().exchanges.createThread(exchangeThread())
      await expect(store().exchanges.createThread(exchangeThread())).rejects.toMatchObject({
        code: MetadataErrorCode.Conflict,
      })
      expect((await store().exchanges.listThreads()).map((found) => found.id)).toEqual([
        second,
        'discussion-1',
      ])
      const echo = { spaceId: roubaix, accountId: 'account-karim', at: AT }
      expect(await store().exchanges.updateThread(second, { echoes: [echo] })).toEqual(
        exchangeThread({ id: second, echoes: [echo] }),
      )
      expect(await store().exchanges.deleteThread(second)).toBe(true)
      expect(await store().exchanges.deleteThread(second)).toBe(false)
      expect(await store().exchanges.findThread(second)).toBeNull()
      expect(await store().exchanges.updateThread(second, { messageCount: 2 })).toBeNull()
    })
  })

  describe('ateliers', () => {
    it('creates the record of an atelier, then replaces it', async () => {
      expect(await store().ateliers.findAtelier(atelierId)).toBeNull()
      await store().ateliers.putAtelier(atelierRecord())
      await store().ateliers.putAtelier(atelierRecord({ visioLink: '' }))
      expect(await store().ateliers.findAtelier(atelierId)).toEqual(
        atelierRecord({ visioLink: '' }),
      )
      await expect(
        store().ateliers.putAtelier(atelierRecord({ visioLink: 'http://x.fr' })),
      ).rejects.toMatchObject({ code: MetadataErrorCode.Invalid })
    })

    it('lists registrations in registeredAt order, then in the order they were written', async () => {
      const early = '2025-03-01T08:00:00.000Z'
      await store().ateliers.changeRegistrations(atelierId, () => ({
        registrations: [
          registration({ accountId: 'b' }),
          registration({ accountId: 'a', registeredAt: early }),
          registration({ accountId: 'c' }),
        ],
        result: null,
      }))
      const listed = await store().ateliers.listRegistrations(atelierId)
      expect(listed.map((found) => found.accountId)).toEqual(['a', 'b', 'c'])
      expect(await store().ateliers.findRegistration(atelierId, 'b')).toEqual(
        registration({ accountId: 'b' }),
      )
      expect(await store().ateliers.findRegistration(atelierId, 'z')).toBeNull()
      expect(await store().ateliers.listRegistrationsOf('c')).toEqual([
        registration({ accountId: 'c' }),
      ])
    })

    it('gives the seats of an atelier to exactly as many people as there are, when all register at once', async () => {
      const people = Array.from({ length: 20 }, (_, index) => `account-${index}`)
      const statuses = await Promise.all(
        people.map((person) =>
          store().ateliers.changeRegistrations(atelierId, register(person, 2, AT)),
        ),
      )
      expect(statuses.filter((status) => status === 'inscrit')).toHaveLength(2)
      const stored = await store().ateliers.listRegistrations(atelierId)
      expect(stored).toHaveLength(20)
      expect(stored.filter((entry) => entry.status === 'inscrit')).toHaveLength(2)
    })

    it('writes nothing when the change throws or returns a registration of another atelier', async () => {
      await store().ateliers.changeRegistrations(atelierId, register('a', 2, AT))
      const other = parseDocumentId('atelier-2')
      await expect(
        store().ateliers.changeRegistrations(atelierId, () => ({
          registrations: [registration({ atelierId: other })],
          result: null,
        })),
      ).rejects.toMatchObject({ code: MetadataErrorCode.Conflict })
      await expect(
        store().ateliers.changeRegistrations(atelierId, () => {
          throw new Refused('complet')
        }),
      ).rejects.toThrow(Refused)
      expect(await store().ateliers.listRegistrations(atelierId)).toEqual([
        registration({ accountId: 'a' }),
      ])
    })

    it('records attendance keeping the first time seen', async () => {
      await store().ateliers.recordAttendance(atelierId, 'account-claire', AT)
      await store().ateliers.recordAttendance(atelierId, 'account-claire', '2025-03-01T11:00:00Z')
      const expected = { atelierId, accountId: 'account-claire', firstSeenAt: AT }
      expect(await store().ateliers.findAttendance(atelierId, 'account-claire')).toEqual({
        ...expected,
        lastSeenAt: '2025-03-01T11:00:00Z',
      })
      expect(await store().ateliers.listAttendance(atelierId)).toHaveLength(1)
      expect(await store().ateliers.findAttendance(atelierId, 'account-karim')).toBeNull()
    })

    it('keeps calendar feeds by token hash and account, unique by id and hash', async () => {
      await store().ateliers.createCalendarFeed(calendarFeed())
      await expectRejections(
        [
          store().ateliers.createCalendarFeed(calendarFeed({ tokenHash: 'other' })),
          store().ateliers.createCalendarFeed(calendarFeed({ id: 'feed-2' })),
        ],
        MetadataErrorCode.Conflict,
      )
      expect(await store().ateliers.findCalendarFeedByHash('feed-hash-1')).toEqual(calendarFeed())
      expect(await store().ateliers.listCalendarFeedsOf('account-claire')).toEqual([calendarFeed()])
      const revoked = { revokedAt: AT }
      expect(await store().ateliers.updateCalendarFeed('feed-1', revoked)).toEqual(
        calendarFeed(revoked),
      )
      expect(await store().ateliers.updateCalendarFeed('feed-9', revoked)).toBeNull()
    })
  })

  describe('validation and copies of the feature records', () => {
    it('rejects each kind of invalid record with METADATA_INVALID and stores nothing', async () => {
      await expectRejections(
        [
          store().toolbox.createToolProposal(toolProposal({ history: [] })),
          store().notifications.createNotification(notification({ link: 'https://ailleurs' })),
          store().notifications.createNotifications([notification({ id: 'n-2', message: '' })]),
          store().surveys.createSurvey(survey({ title: '' })),
          store().surveys.createSurveyAnswer(surveyAnswer({ createdAt: 'hier' })),
          store().exchanges.createThread(exchangeThread({ messageCount: -1 })),
          store().ateliers.createCalendarFeed(calendarFeed({ tokenHash: '' })),
          store().ateliers.recordAttendance(atelierId, 'account-claire', 'maintenant'),
          store().ateliers.changeRegistrations(atelierId, () => ({
            registrations: [registration({ registeredAt: 'hier' })],
            result: null,
          })),
        ],
        MetadataErrorCode.Invalid,
      )
      const { data } = await store().exportSnapshot()
      expect(data).toMatchObject({
        toolProposals: [],
        notifications: [],
        surveys: [],
        surveyAnswers: [],
        exchangeThreads: [],
        calendarFeeds: [],
        atelierAttendance: [],
        atelierRegistrations: [],
      })
    })

    it('returns copies of feature records: mutating them changes nothing stored', async () => {
      await store().toolbox.createToolProposal(toolProposal())
      await store().ateliers.changeRegistrations(atelierId, register('a', 2, AT))
      const [proposal] = await store().toolbox.listToolProposals()
      proposal?.history.push(...proposal.history)
      const [seat] = await store().ateliers.listRegistrations(atelierId)
      if (seat !== undefined) seat.status = 'liste-attente'
      expect(await store().toolbox.findToolProposal('proposal-1')).toEqual(toolProposal())
      expect(await store().ateliers.findRegistration(atelierId, 'a')).toMatchObject({
        status: 'inscrit',
      })
    })
  })
}
