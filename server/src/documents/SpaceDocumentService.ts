import {
  canCreateDocumentIn,
  canDeleteDocument,
  canEditDocumentRecord,
  canSeeSpaceContent,
  documentAccess,
} from '../auth/accessPolicy.ts'
import type { Actor } from '../auth/Actor.ts'
import { assertAllowed } from '../auth/assertAllowed.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import { loadSpace } from '../spaces/loadSpace.ts'
import type { Timers } from '../time/Timers.ts'
import type { DocumentListQuery } from './documentListQuery.ts'
import { matchesDocumentListQuery } from './documentListQuery.ts'
import type { DocumentPatch, NewDocumentInput } from './documentInput.ts'
import type { DocumentService } from './DocumentService.ts'
import { loadReadableDocument } from './loadReadableDocument.ts'

/**
 * The documents of the spaces as members list and manage them (`/api/spaces/:id/documents`,
 * `/api/documents/…`): decides who may see, create, change, archive and delete each one
 * (`accessPolicy.ts`, one `assertAllowed` per action), then hands the change to
 * {@link DocumentService}. A document one may not read answers `NOT_FOUND`, like a missing one.
 */
export class SpaceDocumentService {
  readonly #store: MetadataStore
  readonly #documents: DocumentService
  readonly #timers: Timers

  constructor(options: { store: MetadataStore; documents: DocumentService; timers: Timers }) {
    this.#store = options.store
    this.#documents = options.documents
    this.#timers = options.timers
  }

  /**
   * The documents of a space matching `query` that `actor` may open: non-members see only what
   * the space shares with every territory; nobody sees another person's private documents.
   */
  async listOfSpace(
    actor: Actor,
    spaceId: string,
    query: DocumentListQuery,
  ): Promise<DocumentRecord[]> {
    const space = await loadSpace(this.#store, spaceId)
    const all = await this.#store.listDocumentsOfSpace(space.id)
    const visible = (
      canSeeSpaceContent(actor, space.id) ? all : all.filter((record) => record.sharedWithAll)
    ).filter((record) => documentAccess(actor, record) !== null)
    const nowMs = this.#timers.now()
    return visible.filter((record) => matchesDocumentListQuery(record, query, nowMs))
  }

  /** The documents shared with every territory that `actor` may open. */
  async listShared(actor: Actor): Promise<DocumentRecord[]> {
    const shared = await this.#store.listSharedDocuments()
    return shared.filter((record) => documentAccess(actor, record) !== null)
  }

  /** One document `actor` may read; `NOT_FOUND` otherwise. */
  get(actor: Actor, documentId: string): Promise<DocumentRecord> {
    return loadReadableDocument(this.#store, actor, documentId)
  }

  /**
   * Creates a document in a space (its contributeurs, animateurs and admins), counted by the
   * creation rate of the account (`RATE_LIMITED` past it).
   */
  async create(actor: Actor, spaceId: string, input: NewDocumentInput): Promise<DocumentRecord> {
    const space = await loadSpace(this.#store, spaceId)
    assertAllowed(
      canCreateDocumentIn(actor, space.id),
      'Seuls les contributeurs et animateurs de l’espace créent des documents.',
    )
    await this.#documents.admitCreation(actor)
    return this.#documents.create(actor, { spaceId: space.id, ...input })
  }

  /** Renames and/or (un)shares a document `actor` may edit, unless archived. */
  async change(actor: Actor, documentId: string, patch: DocumentPatch): Promise<DocumentRecord> {
    let record = await this.get(actor, documentId)
    assertAllowed(
      canEditDocumentRecord(actor, record) && record.archivedAt === undefined,
      'Vous ne pouvez pas modifier ce document.',
    )
    if (patch.title !== undefined) record = await this.#documents.rename(record, patch.title)
    if (patch.sharedWithAll !== undefined) {
      record = await this.#documents.share(record, patch.sharedWithAll)
    }
    return record
  }

  /** Archives a document `actor` may edit. */
  async archive(actor: Actor, documentId: string): Promise<DocumentRecord> {
    const record = await this.get(actor, documentId)
    assertAllowed(canEditDocumentRecord(actor, record), 'Vous ne pouvez pas archiver ce document.')
    return this.#documents.archive(actor, record)
  }

  /** Restores an archived document `actor` may edit. */
  async restore(actor: Actor, documentId: string): Promise<DocumentRecord> {
    const record = await this.get(actor, documentId)
    assertAllowed(canEditDocumentRecord(actor, record), 'Vous ne pouvez pas restaurer ce document.')
    return this.#documents.restore(actor, record)
  }

  /** Deletes a document for good (the space's animateurs and admins). */
  async delete(actor: Actor, documentId: string): Promise<void> {
    const record = await this.get(actor, documentId)
    assertAllowed(
      canDeleteDocument(actor, record),
      'Seuls les animateurs de l’espace suppriment un document.',
    )
    await this.#documents.delete(actor, record)
  }
}
