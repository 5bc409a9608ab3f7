import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Adapter } from 'lowdb'
import { parseDocumentId } from '@maillage/protocol'
import { parseSpaceId } from '@maillage/schema'
import {
  AUDIT_FILE_NAME,
  LowdbMetadataStore,
  METADATA_FILE_NAME,
  type LowdbMetadataStoreOptions,
} from './LowdbMetadataStore.ts'
import type { MetadataFile } from './metadataFileSchema.ts'
import type { AccessToken } from './records/AccessToken.ts'
import type { Account } from './records/Account.ts'
import type { AuditEntry } from './records/AuditEntry.ts'
import type { DocumentRecord } from './records/DocumentRecord.ts'
import type { Invitation } from './records/Invitation.ts'
import type { Membership } from './records/Membership.ts'
import type { Session } from './records/Session.ts'
import type { Space } from './records/Space.ts'

// Records and a data directory shared by the tests of LowdbMetadataStore.

/** The instant every fixture was created at. */
export const AT = '2025-03-01T10:00:00.000Z'
/** The space of the CLPE de Lille. */
export const lille = parseSpaceId('clpe-lille')
/** The space of the CLPE de Roubaix. */
export const roubaix = parseSpaceId('clpe-roubaix')
/** A document of the CLPE de Lille. */
export const fiche = parseDocumentId('fiche-action-1')

/** A valid Account, with `overrides`. */
export const account = (overrides: Partial<Account> = {}): Account => ({
  id: 'account-claire',
  email: 'claire@example.fr',
  name: 'Claire Dubois',
  organisation: 'France Travail',
  color: '#3366cc',
  passwordHash: 'scrypt$16384$8$1$c2FsdA$aGFzaA',
  platformRole: 'membre',
  createdAt: AT,
  ...overrides,
})

/** A valid Session, with `overrides`. */
export const session = (overrides: Partial<Session> = {}): Session => ({
  tokenHash: 'session-hash-1',
  accountId: 'account-claire',
  csrfToken: 'csrf-1',
  createdAt: AT,
  expiresAt: '2025-03-08T10:00:00.000Z',
  ...overrides,
})

/** A valid Space, with `overrides`. */
export const space = (overrides: Partial<Space> = {}): Space => ({
  id: lille,
  kind: 'clpe',
  name: 'CLPE de Lille',
  description: 'Comité local pour l’emploi de Lille',
  territory: { clpeCode: 'lille', departement: '59' },
  createdAt: AT,
  ...overrides,
})

/** A valid Membership, with `overrides`. */
export const membership = (overrides: Partial<Membership> = {}): Membership => ({
  spaceId: lille,
  accountId: 'account-claire',
  role: 'animateur',
  createdAt: AT,
  ...overrides,
})

/** A valid Invitation, with `overrides`. */
export const invitation = (overrides: Partial<Invitation> = {}): Invitation => ({
  id: 'invitation-1',
  tokenHash: 'invitation-hash-1',
  spaceId: lille,
  role: 'contributeur',
  email: 'karim@example.fr',
  createdBy: 'account-claire',
  createdAt: AT,
  expiresAt: '2025-03-15T10:00:00.000Z',
  ...overrides,
})

/** A valid AccessToken, with `overrides`. */
export const accessToken = (overrides: Partial<AccessToken> = {}): AccessToken => ({
  id: 'token-1',
  accountId: 'account-claire',
  name: 'Export hebdomadaire',
  tokenHash: 'access-hash-1',
  createdAt: AT,
  ...overrides,
})

/** A valid DocumentRecord, with `overrides`. */
export const documentRecord = (overrides: Partial<DocumentRecord> = {}): DocumentRecord => ({
  id: fiche,
  spaceId: lille,
  kind: 'fiche-action',
  title: 'Mobilité des jeunes',
  sharedWithAll: true,
  createdBy: 'account-claire',
  createdAt: AT,
  updatedAt: AT,
  ...overrides,
})

/** A valid AuditEntry, with `overrides`. */
export const auditEntry = (overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  at: AT,
  action: 'login.succeeded',
  actorId: 'account-claire',
  ip: '192.0.2.1',
  ...overrides,
})

/** The real file adapter, counting the writes that reach it. */
export class CountingAdapter implements Adapter<MetadataFile> {
  readonly #inner: Adapter<MetadataFile>
  writes = 0

  constructor(inner: Adapter<MetadataFile>) {
    this.#inner = inner
  }

  read(): Promise<MetadataFile | null> {
    return this.#inner.read()
  }

  async write(data: MetadataFile): Promise<void> {
    this.writes += 1
    await this.#inner.write(data)
  }
}

/** A temporary data directory, and the stores opened on it, for one test. */
export class MetadataTestDirectory {
  readonly path: string
  readonly #opened: LowdbMetadataStore[] = []

  private constructor(path: string) {
    this.path = path
  }

  /** Creates an empty temporary directory. */
  static async create(): Promise<MetadataTestDirectory> {
    return new MetadataTestDirectory(await mkdtemp(join(tmpdir(), 'maillage-metadata-')))
  }

  get metadataPath(): string {
    return join(this.path, METADATA_FILE_NAME)
  }

  get auditPath(): string {
    return join(this.path, AUDIT_FILE_NAME)
  }

  /** Opens a store on the directory (or on `dataDir`), closed by {@link remove}. */
  async open(
    options?: LowdbMetadataStoreOptions,
    dataDir = this.path,
  ): Promise<LowdbMetadataStore> {
    const store = await LowdbMetadataStore.open(dataDir, options)
    this.#opened.push(store)
    return store
  }

  /** Closes `store` and opens a new one on the same directory, which reads it from disk. */
  async reopen(store: LowdbMetadataStore): Promise<LowdbMetadataStore> {
    await store.close()
    return this.open()
  }

  /** Writes `content` as the metadata file, as JSON. */
  async writeMetadataFile(content: unknown): Promise<void> {
    await writeFile(this.metadataPath, JSON.stringify(content))
  }

  /** Closes every store opened and deletes the directory. */
  async remove(): Promise<void> {
    await Promise.all(this.#opened.splice(0).map((store) => store.close()))
    await rm(this.path, { recursive: true, force: true })
  }
}

/** A metadata file of `schemaVersion` holding `records` and nothing else. */
export function metadataFileWith(
  records: Partial<MetadataFile>,
  schemaVersion = 1,
): Record<string, unknown> {
  return {
    schemaVersion,
    accounts: [],
    sessions: [],
    spaces: [],
    memberships: [],
    invitations: [],
    accessTokens: [],
    documents: [],
    // Added by later versions: present so a file migrated by test migrations still validates.
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
    atelierPolls: [],
    atelierPollAnswers: [],
    atelierWordEntries: [],
    instances: [],
    instanceMandates: [],
    meetings: [],
    meetingAttendance: [],
    decisions: [],
    governanceMilestones: [],
    programmeVersions: [],
    programmeLines: [],
    programmeLinks: [],
    atelierWallAuthors: [],
    atelierWallVotes: [],
    ...records,
  }
}
