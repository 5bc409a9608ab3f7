import { randomUUID } from 'node:crypto'
import type * as Y from 'yjs'
import { parseDocumentId } from '@maillage/protocol'
import { DocumentRoot, kindDefinition, type DocumentKind, type SpaceId } from '@maillage/schema'
import type { Actor } from '../auth/Actor.ts'
import type { IndexEvents } from '../coordination/IndexEvents.ts'
import type { AccessEvents } from '../coordination/AccessEvents.ts'
import { AccountRateLimit, type AccountRateLimits } from '../auth/AccountRateLimit.ts'
import type { EventWindows } from '../coordination/EventWindows.ts'
import { MemoryEventWindows } from '../coordination/MemoryEventWindows.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import { AuditAction } from '../persistence/records/AuditEntry.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import type { DocumentContent } from './DocumentContent.ts'
import { indexFields } from './indexFields.ts'
import { initializeFields } from './initializeFields.ts'
import {
  assertValidInitialFields,
  writeInitialFields,
  type InitialFieldValues,
} from './writeInitialFields.ts'
import { writeTemplate } from './writeTemplate.ts'

/**
 * Default rate of the documents a member creates (a blank document, a thread of the échanges): 60
 * per account per minute, far above what a person does.
 */
export const DEFAULT_DOCUMENT_CREATION_LIMITS: AccountRateLimits = {
  perAccount: 60,
  windowMs: 60 * 1000,
}

function creatingTooFast(seconds: number): string {
  return `Vous avez créé beaucoup de documents en peu de temps : attendez ${seconds} seconde${seconds > 1 ? 's' : ''} avant d’en créer un autre.`
}

/**
 * The lifecycle of documents: creation from a kind, rename, archive, restore and deletion. Keeps
 * the index record (metadata store) and the Y.Doc (`title`, `meta` roots) in step, and has the
 * sync server re-check live connections when a document's access changes.
 */
export class DocumentService {
  readonly #metadata: MetadataStore
  readonly #content: DocumentContent
  readonly #timers: Timers
  readonly #accessEvents: AccessEvents
  readonly #indexEvents: IndexEvents
  readonly #creations: AccountRateLimit

  constructor(options: {
    metadata: MetadataStore
    /** Where documents' content is read and changed (live for the people editing them). */
    content: DocumentContent
    timers: Timers
    /** Where a change of a document's access is announced, so live connections are re-checked. */
    accessEvents: AccessEvents
    /** Where a change of the index is announced, so open dashboards follow it. */
    indexEvents: IndexEvents
    /** Documents one account may create per window (default {@link DEFAULT_DOCUMENT_CREATION_LIMITS}). */
    creationLimits?: AccountRateLimits
    /** Where creations are counted (shared by every process when so configured); default: this process. */
    creationWindows?: EventWindows
  }) {
    this.#metadata = options.metadata
    this.#content = options.content
    this.#timers = options.timers
    this.#accessEvents = options.accessEvents
    this.#indexEvents = options.indexEvents
    this.#creations = new AccountRateLimit({
      limits: options.creationLimits ?? DEFAULT_DOCUMENT_CREATION_LIMITS,
      timers: options.timers,
      tooFast: creatingTooFast,
      windows: options.creationWindows ?? new MemoryEventWindows(),
    })
  }

  /**
   * Creates a document of a kind in a space: its Y.Doc holds the title, the kind, the kind's
   * template as body and every field initialised, all in one transaction; its index record holds
   * what the kind indexes of those initial fields (the first status). `fields`, when given, fills
   * some fields in that same transaction (validated like every field: see `writeInitialFields`).
   * `privateTo` makes it the document of that one account (a person's survey answer).
   */
  async create(
    actor: Actor,
    input: {
      spaceId: SpaceId
      kind: DocumentKind
      title: string
      fields?: InitialFieldValues
      privateTo?: string
    },
  ): Promise<DocumentRecord> {
    const now = this.#now()
    const record: DocumentRecord = {
      id: parseDocumentId(randomUUID()),
      spaceId: input.spaceId,
      kind: input.kind,
      title: input.title,
      sharedWithAll: false,
      createdBy: actor.account.id,
      createdAt: now,
      updatedAt: now,
      ...(input.privateTo === undefined ? {} : { privateTo: input.privateTo }),
    }
    const definition = kindDefinition(input.kind)
    if (input.fields !== undefined) assertValidInitialFields(definition, input.fields)
    let fields: Record<string, unknown> = {}
    await this.#metadata.createDocument(record)
    await this.#content.change(record.id, (doc) => {
      doc.getText(DocumentRoot.Title).insert(0, input.title)
      const meta = doc.getMap(DocumentRoot.Meta)
      meta.set('kind', input.kind)
      meta.set('createdAt', now)
      writeTemplate(doc.getXmlFragment(DocumentRoot.Body), definition.template)
      initializeFields(doc.getMap(DocumentRoot.Fields), definition)
      if (input.fields !== undefined) {
        writeInitialFields(doc.getMap(DocumentRoot.Fields), definition, input.fields)
      }
      fields = doc.getMap(DocumentRoot.Fields).toJSON()
    })
    const { index } = indexFields(input.kind, fields, {
      nowMs: this.#timers.now(),
      title: input.title,
    })
    const indexed = await this.#metadata.updateDocument(record.id, index)
    await this.#audit(actor, AuditAction.DocumentCreated, record)
    await this.#indexChanged(record)
    return indexed ?? record
  }

  /**
   * Counts one document a member asked to create, before creating it: where any member may create
   * documents (a blank document, a thread), each account creates at most its rate, since every
   * document loads its room for a moment and stays in the store. Rejects with `RATE_LIMITED` and the
   * seconds to wait; a refusal is not counted. The workflows of facilitators, the comité de
   * pilotage and the server (ateliers, comptes rendus, tools, survey answers) are bounded by their
   * own rules and not counted.
   */
  async admitCreation(actor: Actor): Promise<void> {
    await this.#creations.admit(actor.account.id)
  }

  /** Renames a document: the index and the co-edited title both take the new title. */
  async rename(record: DocumentRecord, title: string): Promise<DocumentRecord> {
    await this.#content.change(record.id, (doc) => {
      replaceText(doc.getText(DocumentRoot.Title), title)
    })
    return this.#update(record, { title })
  }

  /** Shares a document read-only with every signed-in member, or stops sharing it. */
  async share(record: DocumentRecord, sharedWithAll: boolean): Promise<DocumentRecord> {
    const updated = await this.#update(record, { sharedWithAll })
    if (!sharedWithAll) await this.#accessChanged(updated)
    return updated
  }

  /** Archives a document: it stays readable by those who could read it, and nobody edits it. */
  async archive(actor: Actor, record: DocumentRecord): Promise<DocumentRecord> {
    const updated = await this.#update(record, { archivedAt: this.#now() })
    await this.#accessChanged(updated)
    await this.#audit(actor, AuditAction.DocumentArchived, record)
    return updated
  }

  /** Restores an archived document to editing. */
  async restore(actor: Actor, record: DocumentRecord): Promise<DocumentRecord> {
    // An explicit undefined removes the field (records are stored as JSON).
    const restored = await this.#update(record, { archivedAt: undefined })
    await this.#audit(actor, AuditAction.DocumentRestored, record)
    return restored
  }

  /** Deletes a document for good: its connections are closed (4403), its content removed. */
  async delete(actor: Actor, record: DocumentRecord): Promise<void> {
    await this.#metadata.deleteDocument(record.id)
    await this.#content.delete(record.id)
    await this.#audit(actor, AuditAction.DocumentDeleted, record)
    await this.#indexChanged(record)
  }

  async #update(
    record: DocumentRecord,
    patch: Partial<Omit<DocumentRecord, 'id'>>,
  ): Promise<DocumentRecord> {
    const updated = await this.#metadata.updateDocument(record.id, {
      ...patch,
      updatedAt: this.#now(),
    })
    if (updated === null) throw new Error(`document ${record.id} vanished while being updated`)
    await this.#indexChanged(updated)
    return updated
  }

  /**
   * Tells the open dashboards that a document's record changed (created, renamed, shared,
   * archived, restored, deleted); saves of its content are announced by the indexer.
   */
  #indexChanged(record: DocumentRecord): Promise<void> {
    return this.#indexEvents.publish({
      topic: 'document',
      spaceId: record.spaceId,
      documentId: record.id,
    })
  }

  async #audit(actor: Actor, action: AuditAction, record: DocumentRecord): Promise<void> {
    await this.#metadata.appendAudit({
      at: this.#now(),
      action,
      actorId: actor.account.id,
      target: record.id,
      details: { spaceId: record.spaceId, kind: record.kind },
    })
  }

  #accessChanged(record: DocumentRecord): Promise<void> {
    return this.#accessEvents.publish({ kind: 'document', documentId: record.id })
  }

  #now(): string {
    return isoTime(this.#timers)
  }
}

function replaceText(text: Y.Text, value: string): void {
  if (text.toString() === value) return
  text.delete(0, text.length)
  text.insert(0, value)
}
