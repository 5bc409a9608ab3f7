import { z } from 'zod'
import { MetadataError, MetadataErrorCode } from '../MetadataError.ts'
import { metadataFileSchema, type MetadataFile } from '../metadataFileSchema.ts'
import { currentMetadataVersion, METADATA_MIGRATIONS } from '../metadataMigrations.ts'
import type { MetadataSnapshot } from '../MetadataStore.ts'
import { validateRecord } from '../recordCollection.ts'
import { auditEntrySchema, type AuditEntry } from '../records/AuditEntry.ts'
import {
  ACCESS_TOKENS,
  ACCOUNTS,
  ATELIER_ATTENDANCE,
  ATELIER_REGISTRATIONS,
  ATELIERS,
  AUDIT,
  CALENDAR_FEEDS,
  DOCUMENTS,
  EXCHANGE_THREADS,
  INVITATIONS,
  MEMBERSHIPS,
  NOTIFICATIONS,
  SESSIONS,
  SPACES,
  SURVEY_ANSWERS,
  SURVEYS,
  TOOL_PROPOSALS,
  TOOL_USAGES,
} from './metadataTables.ts'
import {
  MAIL_ADDRESS_OPT_OUTS,
  MAIL_DIGEST_ENTRIES,
  MAIL_OUTBOX,
  MAIL_PREFERENCES,
  MAIL_SECRETS,
} from './mailTables.ts'
import { MATURITY_ASSESSMENTS, MATURITY_CAMPAIGNS } from './maturityTables.ts'
import { VEILLE_FEEDS, VEILLE_ITEMS } from './veilleTables.ts'
import { INSTANCE_MANDATES, INSTANCES } from './instanceTables.ts'
import { DECISIONS, GOVERNANCE_MILESTONES } from './decisionTables.ts'
import { MEETING_ATTENDANCE, MEETINGS } from './meetingTables.ts'
import { ATELIER_WALL_AUTHORS, ATELIER_WALL_VOTES } from './atelierWallTables.ts'
import { ATELIER_POLL_ANSWERS, ATELIER_POLLS, ATELIER_WORD_ENTRIES } from './atelierPollTables.ts'
import { PROGRAMME_LINES, PROGRAMME_LINKS, PROGRAMME_VERSIONS } from './programmeTables.ts'
import { insertRow, selectRows, type PostgresTable } from './postgresRows.ts'
import type { SqlRunner } from './PostgresScope.ts'

type Lists = Omit<MetadataFile, 'schemaVersion'>
type ListName = keyof Lists

/** One list of the metadata file and its table. */
interface SnapshotList {
  readonly tableName: string
  insert(runner: SqlRunner, data: Lists): Promise<void>
  select(runner: SqlRunner): Promise<unknown[]>
}

function snapshotList<Name extends ListName>(
  name: Name,
  table: PostgresTable<Lists[Name][number]>,
): SnapshotList {
  return {
    tableName: table.name,
    insert: async (runner, data) => {
      const records: readonly Lists[Name][number][] = data[name]
      for (const record of records) await insertRow(runner, table, record)
    },
    select: (runner) => selectRows(runner, table),
  }
}

/** Every list of the metadata file, keyed by its name in the file. */
const LISTS: { [Name in ListName]: SnapshotList } = {
  accounts: snapshotList('accounts', ACCOUNTS),
  sessions: snapshotList('sessions', SESSIONS),
  spaces: snapshotList('spaces', SPACES),
  memberships: snapshotList('memberships', MEMBERSHIPS),
  invitations: snapshotList('invitations', INVITATIONS),
  accessTokens: snapshotList('accessTokens', ACCESS_TOKENS),
  documents: snapshotList('documents', DOCUMENTS),
  toolProposals: snapshotList('toolProposals', TOOL_PROPOSALS),
  toolUsages: snapshotList('toolUsages', TOOL_USAGES),
  notifications: snapshotList('notifications', NOTIFICATIONS),
  surveys: snapshotList('surveys', SURVEYS),
  surveyAnswers: snapshotList('surveyAnswers', SURVEY_ANSWERS),
  exchangeThreads: snapshotList('exchangeThreads', EXCHANGE_THREADS),
  ateliers: snapshotList('ateliers', ATELIERS),
  atelierRegistrations: snapshotList('atelierRegistrations', ATELIER_REGISTRATIONS),
  atelierAttendance: snapshotList('atelierAttendance', ATELIER_ATTENDANCE),
  calendarFeeds: snapshotList('calendarFeeds', CALENDAR_FEEDS),
  maturityCampaigns: snapshotList('maturityCampaigns', MATURITY_CAMPAIGNS),
  maturityAssessments: snapshotList('maturityAssessments', MATURITY_ASSESSMENTS),
  mailOutbox: snapshotList('mailOutbox', MAIL_OUTBOX),
  mailDigestEntries: snapshotList('mailDigestEntries', MAIL_DIGEST_ENTRIES),
  mailPreferences: snapshotList('mailPreferences', MAIL_PREFERENCES),
  mailAddressOptOuts: snapshotList('mailAddressOptOuts', MAIL_ADDRESS_OPT_OUTS),
  mailSecrets: snapshotList('mailSecrets', MAIL_SECRETS),
  veilleItems: snapshotList('veilleItems', VEILLE_ITEMS),
  veilleFeeds: snapshotList('veilleFeeds', VEILLE_FEEDS),
  decisions: snapshotList('decisions', DECISIONS),
  governanceMilestones: snapshotList('governanceMilestones', GOVERNANCE_MILESTONES),
  meetings: snapshotList('meetings', MEETINGS),
  meetingAttendance: snapshotList('meetingAttendance', MEETING_ATTENDANCE),
  atelierWallAuthors: snapshotList('atelierWallAuthors', ATELIER_WALL_AUTHORS),
  atelierWallVotes: snapshotList('atelierWallVotes', ATELIER_WALL_VOTES),
  atelierPolls: snapshotList('atelierPolls', ATELIER_POLLS),
  atelierPollAnswers: snapshotList('atelierPollAnswers', ATELIER_POLL_ANSWERS),
  atelierWordEntries: snapshotList('atelierWordEntries', ATELIER_WORD_ENTRIES),
  programmeVersions: snapshotList('programmeVersions', PROGRAMME_VERSIONS),
  programmeLines: snapshotList('programmeLines', PROGRAMME_LINES),
  programmeLinks: snapshotList('programmeLinks', PROGRAMME_LINKS),
  instances: snapshotList('instances', INSTANCES),
  instanceMandates: snapshotList('instanceMandates', INSTANCE_MANDATES),
}

/**
 * Inserts every record and audit entry of `snapshot`, in their order, through `runner` (a
 * transaction's client: the caller commits or rolls back). Refuses a store that holds anything
 * (`METADATA_NOT_EMPTY`) and a snapshot that fails its schema or is of another version than this
 * code's (`METADATA_INVALID`).
 */
export async function importMetadata(
  runner: SqlRunner,
  snapshot: { data: MetadataFile; audit: readonly AuditEntry[] },
): Promise<void> {
  const data = validateRecord(metadataFileSchema, snapshot.data, 'metadata snapshot')
  const audit = validateRecord(z.array(auditEntrySchema), snapshot.audit, 'audit trail')
  const version = currentMetadataVersion(METADATA_MIGRATIONS)
  if (data.schemaVersion !== version) {
    throw new MetadataError(
      MetadataErrorCode.Invalid,
      `the snapshot is of schema version ${data.schemaVersion}, this server writes ${version}: ` +
        'open the data directory with this version of the server first, which migrates it',
    )
  }
  const tableNames = [...Object.values(LISTS).map((list) => list.tableName), AUDIT.name]
  for (const tableName of tableNames) {
    const found = await runner.query(`SELECT 1 FROM ${tableName} LIMIT 1`)
    if (found.rows.length > 0) {
      throw new MetadataError(
        MetadataErrorCode.NotEmpty,
        `${tableName} holds rows already: a snapshot is only imported into an empty database`,
      )
    }
  }
  for (const list of Object.values(LISTS)) await list.insert(runner, data)
  for (const entry of audit) await insertRow(runner, AUDIT, entry)
}

/** Every record and audit entry, in insertion order, as a metadata file and an audit trail. */
export async function exportMetadata(runner: SqlRunner): Promise<MetadataSnapshot> {
  const raw: Record<string, unknown> = {
    schemaVersion: currentMetadataVersion(METADATA_MIGRATIONS),
  }
  for (const [name, list] of Object.entries(LISTS)) raw[name] = await list.select(runner)
  const result = metadataFileSchema.safeParse(raw)
  if (!result.success) {
    throw new MetadataError(
      MetadataErrorCode.Corrupted,
      `the metadata tables do not make a valid snapshot:\n${z.prettifyError(result.error)}`,
      { cause: result.error },
    )
  }
  return { data: result.data, audit: await selectRows(runner, AUDIT) }
}
