import { accessTokenSchema, type AccessToken } from '../records/AccessToken.ts'
import { storedAccountSchema, type Account } from '../records/Account.ts'
import { auditEntrySchema, type AuditEntry } from '../records/AuditEntry.ts'
import { atelierAttendanceSchema, type AtelierAttendance } from '../records/AtelierAttendance.ts'
import { atelierRecordSchema, type AtelierRecord } from '../records/AtelierRecord.ts'
import {
  atelierRegistrationSchema,
  type AtelierRegistration,
} from '../records/AtelierRegistration.ts'
import { calendarFeedSchema, type CalendarFeed } from '../records/CalendarFeed.ts'
import { documentRecordSchema, type DocumentRecord } from '../records/DocumentRecord.ts'
import { exchangeThreadSchema, type ExchangeThread } from '../records/ExchangeThread.ts'
import { invitationSchema, type Invitation } from '../records/Invitation.ts'
import { membershipSchema, type Membership } from '../records/Membership.ts'
import { notificationSchema, type Notification } from '../records/Notification.ts'
import { sessionSchema, type Session } from '../records/Session.ts'
import { spaceSchema, type Space } from '../records/Space.ts'
import { surveySchema, type Survey } from '../records/Survey.ts'
import { surveyAnswerSchema, type SurveyAnswer } from '../records/SurveyAnswer.ts'
import { toolProposalSchema, type ToolProposal } from '../records/ToolProposal.ts'
import { toolUsageSchema, type ToolUsage } from '../records/ToolUsage.ts'
import type { PostgresTable } from './postgresRows.ts'

// The tables of 002_metadata.sql, as postgresRows.ts reads and writes them.

const byId = { id: (record: { id: string }) => record.id }

/** Accounts; `email` lower-cased (the schema lower-cases it) and unique. */
export const ACCOUNTS: PostgresTable<Account> = {
  name: 'metadata_accounts',
  what: 'account',
  schema: storedAccountSchema,
  columns: { ...byId, email: (account) => account.email },
  key: ['id'],
}

/** Sessions, keyed by the hash of their token. */
export const SESSIONS: PostgresTable<Session> = {
  name: 'metadata_sessions',
  what: 'session',
  schema: sessionSchema,
  columns: {
    token_hash: (session) => session.tokenHash,
    account_id: (session) => session.accountId,
    expires_at: (session) => session.expiresAt,
  },
  key: ['token_hash'],
}

/** Spaces. */
export const SPACES: PostgresTable<Space> = {
  name: 'metadata_spaces',
  what: 'space',
  schema: spaceSchema,
  columns: byId,
  key: ['id'],
}

/** Memberships, one per (space, account). */
export const MEMBERSHIPS: PostgresTable<Membership> = {
  name: 'metadata_memberships',
  what: 'membership',
  schema: membershipSchema,
  columns: { space_id: (member) => member.spaceId, account_id: (member) => member.accountId },
  key: ['space_id', 'account_id'],
}

/** Invitations, unique by id and by token hash. */
export const INVITATIONS: PostgresTable<Invitation> = {
  name: 'metadata_invitations',
  what: 'invitation',
  schema: invitationSchema,
  columns: {
    ...byId,
    token_hash: (invitation) => invitation.tokenHash,
    space_id: (invitation) => invitation.spaceId,
  },
  key: ['id'],
}

/** Personal access tokens, unique by id and by token hash. */
export const ACCESS_TOKENS: PostgresTable<AccessToken> = {
  name: 'metadata_access_tokens',
  what: 'access token',
  schema: accessTokenSchema,
  columns: {
    ...byId,
    token_hash: (token) => token.tokenHash,
    account_id: (token) => token.accountId,
  },
  key: ['id'],
}

/** The document index. */
export const DOCUMENTS: PostgresTable<DocumentRecord> = {
  name: 'metadata_documents',
  what: 'document',
  schema: documentRecordSchema,
  columns: {
    ...byId,
    space_id: (document) => document.spaceId,
    shared_with_all: (document) => document.sharedWithAll,
  },
  key: ['id'],
}

/** Proposals of new tools. */
export const TOOL_PROPOSALS: PostgresTable<ToolProposal> = {
  name: 'metadata_tool_proposals',
  what: 'tool proposal',
  schema: toolProposalSchema,
  columns: byId,
  key: ['id'],
}

/** Usage of tools, one per (document, space). */
export const TOOL_USAGES: PostgresTable<ToolUsage> = {
  name: 'metadata_tool_usages',
  what: 'tool usage',
  schema: toolUsageSchema,
  columns: { document_id: (usage) => usage.documentId, space_id: (usage) => usage.spaceId },
  key: ['document_id', 'space_id'],
}

/** In-app notifications. */
export const NOTIFICATIONS: PostgresTable<Notification> = {
  name: 'metadata_notifications',
  what: 'notification',
  schema: notificationSchema,
  columns: { ...byId, account_id: (notification) => notification.accountId },
  key: ['id'],
}

/** Surveys. */
export const SURVEYS: PostgresTable<Survey> = {
  name: 'metadata_surveys',
  what: 'survey',
  schema: surveySchema,
  columns: byId,
  key: ['id'],
}

/** Answers to surveys. */
export const SURVEY_ANSWERS: PostgresTable<SurveyAnswer> = {
  name: 'metadata_survey_answers',
  what: 'survey answer',
  schema: surveyAnswerSchema,
  columns: { ...byId, survey_id: (answer) => answer.surveyId },
  key: ['id'],
}

/** Threads of the échanges. */
export const EXCHANGE_THREADS: PostgresTable<ExchangeThread> = {
  name: 'metadata_exchange_threads',
  what: 'exchange thread',
  schema: exchangeThreadSchema,
  columns: byId,
  key: ['id'],
}

/** What the server keeps of each atelier. */
export const ATELIERS: PostgresTable<AtelierRecord> = {
  name: 'metadata_ateliers',
  what: 'atelier',
  schema: atelierRecordSchema,
  columns: byId,
  key: ['id'],
}

/** Registrations to ateliers, one per (atelier, account). */
export const ATELIER_REGISTRATIONS: PostgresTable<AtelierRegistration> = {
  name: 'metadata_atelier_registrations',
  what: 'atelier registration',
  schema: atelierRegistrationSchema,
  columns: {
    atelier_id: (registration) => registration.atelierId,
    account_id: (registration) => registration.accountId,
    registered_at: (registration) => registration.registeredAt,
  },
  key: ['atelier_id', 'account_id'],
}

/** Attendance of the live sessions of ateliers, one per (atelier, account). */
export const ATELIER_ATTENDANCE: PostgresTable<AtelierAttendance> = {
  name: 'metadata_atelier_attendance',
  what: 'atelier attendance',
  schema: atelierAttendanceSchema,
  columns: {
    atelier_id: (attendance) => attendance.atelierId,
    account_id: (attendance) => attendance.accountId,
  },
  key: ['atelier_id', 'account_id'],
}

/** Calendar subscriptions, unique by id and by token hash. */
export const CALENDAR_FEEDS: PostgresTable<CalendarFeed> = {
  name: 'metadata_calendar_feeds',
  what: 'calendar feed',
  schema: calendarFeedSchema,
  columns: { ...byId, token_hash: (feed) => feed.tokenHash, account_id: (feed) => feed.accountId },
  key: ['id'],
}

/** The audit trail: append-only (a trigger refuses updates and deletions), in `seq` order. */
export const AUDIT: PostgresTable<AuditEntry> = {
  name: 'metadata_audit',
  what: 'audit entry',
  schema: auditEntrySchema,
  columns: {},
  key: ['seq'],
}
