import { z } from 'zod'
import { MetadataError, MetadataErrorCode } from './MetadataError.ts'
import { migrateMetadata, type MetadataMigration } from './metadataMigrations.ts'
import { accessTokenSchema } from './records/AccessToken.ts'
import { atelierAttendanceSchema } from './records/AtelierAttendance.ts'
import { atelierRecordSchema } from './records/AtelierRecord.ts'
import { atelierRegistrationSchema } from './records/AtelierRegistration.ts'
import { calendarFeedSchema } from './records/CalendarFeed.ts'
import { accountSchema } from './records/Account.ts'
import { documentRecordSchema } from './records/DocumentRecord.ts'
import { exchangeThreadSchema } from './records/ExchangeThread.ts'
import { invitationSchema } from './records/Invitation.ts'
import { mailAddressOptOutSchema } from './records/MailAddressOptOut.ts'
import { mailDigestEntrySchema } from './records/MailDigestEntry.ts'
import { mailPreferencesSchema } from './records/MailPreferences.ts'
import { mailSecretSchema } from './records/MailSecret.ts'
import { maturityAssessmentSchema } from './records/MaturityAssessment.ts'
import { maturityCampaignSchema } from './records/MaturityCampaign.ts'
import { meetingSchema } from './records/Meeting.ts'
import { meetingAttendanceSchema } from './records/MeetingAttendance.ts'
import { membershipSchema } from './records/Membership.ts'
import { sessionSchema } from './records/Session.ts'
import { notificationSchema } from './records/Notification.ts'
import { outboxMailSchema } from './records/OutboxMail.ts'
import { spaceSchema } from './records/Space.ts'
import { surveySchema } from './records/Survey.ts'
import { surveyAnswerSchema } from './records/SurveyAnswer.ts'
import { toolProposalSchema } from './records/ToolProposal.ts'
import { toolUsageSchema } from './records/ToolUsage.ts'
import { veilleFeedSchema } from './records/VeilleFeed.ts'
import { veilleItemSchema } from './records/VeilleItem.ts'
import { decisionRecordSchema } from './records/Decision.ts'
import { governanceMilestoneSchema } from './records/GovernanceMilestone.ts'
import { atelierWallAuthorSchema } from './records/AtelierWallAuthor.ts'
import { atelierWallVoteSchema } from './records/AtelierWallVote.ts'
import { atelierPollSchema } from './records/AtelierPoll.ts'
import { atelierPollAnswerSchema } from './records/AtelierPollAnswer.ts'
import { atelierWordEntrySchema } from './records/AtelierWordEntry.ts'
import { programmeLineSchema } from './records/ProgrammeLine.ts'
import { programmeLinkSchema } from './records/ProgrammeLink.ts'
import { programmeVersionSchema } from './records/ProgrammeVersion.ts'
import { instanceRecordSchema } from './records/InstanceRecord.ts'
import { instanceMemberSchema } from './records/InstanceMember.ts'

/**
 * The whole metadata file (`metadata.json`): every record but the audit trail, and the version of
 * its shape. Besides each record's schema, it checks the keys the store keeps unique, so a
 * hand-edited file with two accounts of one email is refused rather than half-visible.
 */
export const metadataFileSchema = z
  .object({
    schemaVersion: z.number().int().positive(),
    accounts: z.array(accountSchema),
    sessions: z.array(sessionSchema),
    spaces: z.array(spaceSchema),
    memberships: z.array(membershipSchema),
    invitations: z.array(invitationSchema),
    accessTokens: z.array(accessTokenSchema),
    documents: z.array(documentRecordSchema),
    toolProposals: z.array(toolProposalSchema),
    toolUsages: z.array(toolUsageSchema),
    notifications: z.array(notificationSchema),
    surveys: z.array(surveySchema),
    surveyAnswers: z.array(surveyAnswerSchema),
    exchangeThreads: z.array(exchangeThreadSchema),
    ateliers: z.array(atelierRecordSchema),
    atelierRegistrations: z.array(atelierRegistrationSchema),
    atelierAttendance: z.array(atelierAttendanceSchema),
    calendarFeeds: z.array(calendarFeedSchema),
    maturityCampaigns: z.array(maturityCampaignSchema),
    maturityAssessments: z.array(maturityAssessmentSchema),
    mailOutbox: z.array(outboxMailSchema),
    mailDigestEntries: z.array(mailDigestEntrySchema),
    mailPreferences: z.array(mailPreferencesSchema),
    mailAddressOptOuts: z.array(mailAddressOptOutSchema),
    mailSecrets: z.array(mailSecretSchema),
    veilleItems: z.array(veilleItemSchema),
    veilleFeeds: z.array(veilleFeedSchema),
    decisions: z.array(decisionRecordSchema),
    governanceMilestones: z.array(governanceMilestoneSchema),
    meetings: z.array(meetingSchema),
    meetingAttendance: z.array(meetingAttendanceSchema),
    atelierWallAuthors: z.array(atelierWallAuthorSchema),
    atelierWallVotes: z.array(atelierWallVoteSchema),
    atelierPolls: z.array(atelierPollSchema),
    atelierPollAnswers: z.array(atelierPollAnswerSchema),
    atelierWordEntries: z.array(atelierWordEntrySchema),
    programmeVersions: z.array(programmeVersionSchema),
    programmeLines: z.array(programmeLineSchema),
    programmeLinks: z.array(programmeLinkSchema),
    instances: z.array(instanceRecordSchema),
    instanceMandates: z.array(instanceMemberSchema),
  })
  .superRefine((file, context) => {
    // Issues name positions, not values: the keys are emails and token hashes.
    const check = <T>(
      collection: string,
      field: string,
      records: readonly T[],
      keyOf: (record: T) => string,
    ): void => {
      for (const [index, first] of findDuplicates(records, keyOf)) {
        context.addIssue({
          code: 'custom',
          message: `same ${field} as ${collection}[${first}]`,
          path: [collection, index],
        })
      }
    }
    check('accounts', 'id', file.accounts, (account) => account.id)
    check('accounts', 'email', file.accounts, (account) => account.email.toLowerCase())
    check('sessions', 'tokenHash', file.sessions, (session) => session.tokenHash)
    check('spaces', 'id', file.spaces, (space) => space.id)
    check('memberships', 'spaceId and accountId', file.memberships, (membership) =>
      JSON.stringify([membership.spaceId, membership.accountId]),
    )
    check('invitations', 'id', file.invitations, (invitation) => invitation.id)
    check('invitations', 'tokenHash', file.invitations, (invitation) => invitation.tokenHash)
    check('accessTokens', 'id', file.accessTokens, (token) => token.id)
    check('accessTokens', 'tokenHash', file.accessTokens, (token) => token.tokenHash)
    check('documents', 'id', file.documents, (document) => document.id)
    check('toolProposals', 'id', file.toolProposals, (proposal) => proposal.id)
    check('toolUsages', 'documentId and spaceId', file.toolUsages, (usage) =>
      JSON.stringify([usage.documentId, usage.spaceId]),
    )
    check('notifications', 'id', file.notifications, (notification) => notification.id)
    check('surveys', 'id', file.surveys, (survey) => survey.id)
    check('surveyAnswers', 'id', file.surveyAnswers, (answer) => answer.id)
    check('exchangeThreads', 'id', file.exchangeThreads, (thread) => thread.id)
    check('ateliers', 'id', file.ateliers, (atelier) => atelier.id)
    check('atelierRegistrations', 'atelierId and accountId', file.atelierRegistrations, (r) =>
      JSON.stringify([r.atelierId, r.accountId]),
    )
    check('atelierAttendance', 'atelierId and accountId', file.atelierAttendance, (a) =>
      JSON.stringify([a.atelierId, a.accountId]),
    )
    check('calendarFeeds', 'id', file.calendarFeeds, (feed) => feed.id)
    check('calendarFeeds', 'tokenHash', file.calendarFeeds, (feed) => feed.tokenHash)
    check('maturityCampaigns', 'id', file.maturityCampaigns, (campaign) => campaign.id)
    check('maturityAssessments', 'id', file.maturityAssessments, (assessment) => assessment.id)
    check('mailOutbox', 'id', file.mailOutbox, (mail) => mail.id)
    check('mailDigestEntries', 'id', file.mailDigestEntries, (entry) => entry.id)
    check('mailPreferences', 'accountId', file.mailPreferences, (found) => found.accountId)
    check('mailAddressOptOuts', 'address and kind', file.mailAddressOptOuts, (optOut) =>
      JSON.stringify([optOut.address.toLowerCase(), optOut.kind]),
    )
    check('mailSecrets', 'id', file.mailSecrets, (secret) => secret.id)
    check('veilleItems', 'id', file.veilleItems, (item) => item.id)
    check('veilleItems', 'normalizedUrl', file.veilleItems, (item) => item.normalizedUrl)
    check('veilleFeeds', 'id', file.veilleFeeds, (feed) => feed.id)
    check('veilleFeeds', 'tokenHash', file.veilleFeeds, (feed) => feed.tokenHash)
    check('decisions', 'id', file.decisions, (decision) => decision.id)
    check('governanceMilestones', 'id', file.governanceMilestones, (milestone) => milestone.id)
    check('meetings', 'id', file.meetings, (meeting) => meeting.id)
    check('meetingAttendance', 'id', file.meetingAttendance, (entry) => entry.id)
    check('atelierWallAuthors', 'atelierId and noteId', file.atelierWallAuthors, (author) =>
      JSON.stringify([author.atelierId, author.noteId]),
    )
    check('atelierWallVotes', 'atelierId, accountId and noteId', file.atelierWallVotes, (vote) =>
      JSON.stringify([vote.atelierId, vote.accountId, vote.noteId]),
    )
    check('atelierPolls', 'id', file.atelierPolls, (poll) => poll.id)
    check('atelierPollAnswers', 'pollId and accountId', file.atelierPollAnswers, (answer) =>
      JSON.stringify([answer.pollId, answer.accountId]),
    )
    check('atelierWordEntries', 'cloudId and accountId', file.atelierWordEntries, (entry) =>
      JSON.stringify([entry.cloudId, entry.accountId]),
    )
    check('programmeVersions', 'id', file.programmeVersions, (version) => version.id)
    check('programmeVersions', 'number', file.programmeVersions, (version) =>
      String(version.number),
    )
    check('programmeLines', 'id', file.programmeLines, (line) => line.id)
    check('programmeLines', 'versionId and lineKey', file.programmeLines, (line) =>
      JSON.stringify([line.versionId, line.lineKey]),
    )
    check('programmeLinks', 'id', file.programmeLinks, (link) => link.id)
    check('instances', 'id', file.instances, (instance) => instance.id)
    check('instanceMandates', 'id', file.instanceMandates, (mandate) => mandate.id)
  })

/** Content of the metadata file, as validated by {@link metadataFileSchema}. */
export type MetadataFile = z.infer<typeof metadataFileSchema>

/** A metadata file with no records, at `schemaVersion`. */
export function createEmptyMetadataFile(schemaVersion: number): MetadataFile {
  return {
    schemaVersion,
    accounts: [],
    sessions: [],
    spaces: [],
    memberships: [],
    invitations: [],
    accessTokens: [],
    documents: [],
    toolProposals: [],
    toolUsages: [],
    notifications: [],
    surveys: [],
    surveyAnswers: [],
    exchangeThreads: [],
    ateliers: [],
    atelierRegistrations: [],
    atelierAttendance: [],
    calendarFeeds: [],
    maturityCampaigns: [],
    maturityAssessments: [],
    mailOutbox: [],
    mailDigestEntries: [],
    mailPreferences: [],
    mailAddressOptOuts: [],
    mailSecrets: [],
    veilleItems: [],
    veilleFeeds: [],
    decisions: [],
    governanceMilestones: [],
    meetings: [],
    meetingAttendance: [],
    atelierWallAuthors: [],
    atelierWallVotes: [],
    atelierPolls: [],
    atelierPollAnswers: [],
    atelierWordEntries: [],
    programmeVersions: [],
    programmeLines: [],
    programmeLinks: [],
    instances: [],
    instanceMandates: [],
  }
}

/**
 * Turns the parsed JSON of a metadata file into a {@link MetadataFile} of the current version:
 * runs `migrations`, then validates. Throws `METADATA_CORRUPTED` naming the problem, or
 * `METADATA_TOO_NEW` (see {@link migrateMetadata}).
 */
export function parseMetadataFile(
  raw: unknown,
  migrations: readonly MetadataMigration[],
): MetadataFile {
  const result = metadataFileSchema.safeParse(migrateMetadata(raw, migrations))
  if (!result.success) {
    throw new MetadataError(
      MetadataErrorCode.Corrupted,
      `metadata file does not match its schema:\n${z.prettifyError(result.error)}`,
      { cause: result.error },
    )
  }
  return result.data
}

/** Pairs [index of a duplicate, index of the first record with its key]. */
function findDuplicates<T>(
  records: readonly T[],
  keyOf: (record: T) => string,
): [number, number][] {
  const firstIndex = new Map<string, number>()
  const duplicates: [number, number][] = []
  records.forEach((record, index) => {
    const key = keyOf(record)
    const first = firstIndex.get(key)
    if (first === undefined) firstIndex.set(key, index)
    else duplicates.push([index, first])
  })
  return duplicates
}
