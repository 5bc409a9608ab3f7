import * as Y from 'yjs'
import type {
  DocumentId,
  VersionAuthorView,
  VersionContentView,
  VersionDiffView,
  VersionRestoreView,
  VersionSideView,
  VersionSummaryView,
} from '@maillage/protocol'
import { documentAccess } from '../auth/accessPolicy.ts'
import type { AccountRateLimit } from '../auth/AccountRateLimit.ts'
import type { Actor } from '../auth/Actor.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import type { DocumentIndexer } from '../documents/DocumentIndexer.ts'
import { loadReadableDocument } from '../documents/loadReadableDocument.ts'
import { DocumentKind } from '@maillage/schema'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import { AuditAction } from '../persistence/records/AuditEntry.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import { applyVersionContent } from './applyVersionContent.ts'
import { CURRENT_STATE, type DocumentVersionService } from './DocumentVersionService.ts'
import type { EditingSessions } from './EditingSessions.ts'
import { presentVersions } from './presentVersion.ts'
import { readVersionContent, type VersionContent } from './readVersionContent.ts'
import type { VersionRecorder } from './VersionRecorder.ts'
import { MAX_VERSION_NAME_LENGTH, type VersionAuthor, type VersionRecord } from './VersionRecord.ts'
import type { VersionStore } from './VersionStore.ts'
import { versionTexts } from './versionTexts.ts'

/** What {@link VersionHistory} is built from. */
export interface VersionHistoryDependencies {
  readonly metadata: MetadataStore
  readonly content: DocumentContent
  readonly store: VersionStore
  readonly recorder: VersionRecorder
  readonly sessions: EditingSessions
  readonly indexer: DocumentIndexer
  readonly timers: Timers
  /** Named versions people make: 10 a minute per account. */
  readonly namingRateLimit: AccountRateLimit
}

/** The version history of documents, with its access rules (see {@link DocumentVersionService}). */
export class VersionHistory implements DocumentVersionService {
  readonly #deps: VersionHistoryDependencies

  constructor(dependencies: VersionHistoryDependencies) {
    this.#deps = dependencies
  }

  async list(actor: Actor, documentId: DocumentId | string): Promise<VersionSummaryView[]> {
    const record = await loadReadableDocument(this.#deps.metadata, actor, documentId)
    return presentVersions(this.#deps.metadata, await this.#deps.store.list(record.id))
  }

  async createNamed(
    actor: Actor,
    documentId: DocumentId | string,
    name: string,
  ): Promise<VersionSummaryView> {
    const record = await this.#loadWritable(actor, documentId)
    await this.#deps.namingRateLimit.admit(actor.account.id)
    const version = await this.#deps.recorder.exclusively(record.id, () =>
      this.#recordNamed(
        record.id,
        name,
        this.#authorsWith(record.id, actor.account.id),
        actor.account.id,
      ),
    )
    await this.#audit(actor, AuditAction.VersionNamed, record, { versionId: version.id })
    return this.#present(version)
  }

  async createNamedAsServer(
    documentId: DocumentId,
    name: string,
    author: VersionAuthorView,
  ): Promise<VersionSummaryView> {
    const account = await this.#deps.metadata.findAccountById(author.id)
    // An account's name is read from it when shown; a workflow without an account keeps its own.
    const stored: VersionAuthor = account === null ? author : { id: author.id }
    const version = await this.#deps.recorder.exclusively(documentId, () =>
      this.#recordNamed(documentId, name, [stored], author.id),
    )
    return this.#present(version)
  }

  async loadVersionDoc(
    actor: Actor,
    documentId: DocumentId | string,
    versionId: string,
  ): Promise<Y.Doc> {
    const record = await loadReadableDocument(this.#deps.metadata, actor, documentId)
    return this.#loadDoc(record.id, versionId)
  }

  async view(
    actor: Actor,
    documentId: DocumentId | string,
    versionId: string,
  ): Promise<VersionContentView> {
    const record = await loadReadableDocument(this.#deps.metadata, actor, documentId)
    const version = await this.#find(record.id, versionId)
    const content = await this.#versionContent(record, version.id)
    return { version: await this.#present(version), kind: record.kind, ...presentContent(content) }
  }

  async compare(
    actor: Actor,
    documentId: DocumentId | string,
    from: string,
    to: string,
  ): Promise<VersionDiffView> {
    const record = await loadReadableDocument(this.#deps.metadata, actor, documentId)
    const [before, after] = await Promise.all([this.#side(record, from), this.#side(record, to)])
    // The diff library is loaded at the first comparison, not at start.
    const { diffVersionContent } = await import('./diffVersionContent.ts')
    return {
      documentId: record.id,
      from: before.view,
      to: after.view,
      ...diffVersionContent(before.content, after.content),
    }
  }

  async restore(
    actor: Actor,
    documentId: DocumentId | string,
    versionId: string,
  ): Promise<VersionRestoreView> {
    const record = await this.#loadWritable(actor, documentId)
    const version = await this.#find(record.id, versionId)
    const source = await this.#loadDoc(record.id, version.id)
    try {
      const [before, restored] = await this.#deps.recorder.exclusively(record.id, async () => {
        const authors = this.#authorsWith(record.id, actor.account.id)
        const saved = await this.#deps.recorder.recordCurrent(
          record.id,
          {
            kind: 'automatique',
            name: versionTexts.beforeRestore,
            createdBy: actor.account.id,
            authors,
          },
          false,
        )
        await this.#deps.content.change(record.id, (doc) => {
          applyVersionContent(doc, source)
        })
        const named = await this.#recordNamed(
          record.id,
          versionTexts.restoredName(version.createdAt),
          [{ id: actor.account.id }],
          actor.account.id,
        )
        return [saved, named] as const
      })
      if (before === null) throw new Error('a version recorded unconditionally was not recorded')
      await this.#deps.indexer.reindex(record.id, actor.account.id)
      await this.#audit(actor, AuditAction.VersionRestored, record, {
        versionId: version.id,
        restoredAs: restored.id,
      })
      const [beforeView, restoredView] = await presentVersions(this.#deps.metadata, [
        before,
        restored,
      ])
      if (beforeView === undefined || restoredView === undefined) throw new Error('unreachable')
      return { before: beforeView, restored: restoredView }
    } finally {
      source.destroy()
    }
  }

  /** Records a named version, inside the recorder's lock (a new name always makes a version). */
  async #recordNamed(
    documentId: DocumentId,
    rawName: string,
    authors: readonly VersionAuthor[],
    createdBy: string,
  ): Promise<VersionRecord> {
    const name = rawName.trim().slice(0, MAX_VERSION_NAME_LENGTH)
    if (name === '') throw new AppError(ErrorCode.ValidationFailed, versionTexts.emptyName)
    const version = await this.#deps.recorder.recordCurrent(
      documentId,
      { kind: 'nommee', name, createdBy, authors },
      false,
    )
    if (version === null) throw new Error('a version recorded unconditionally was not recorded')
    return version
  }

  /** The editors of the current session and `accountId`, who acts now. */
  #authorsWith(documentId: DocumentId, accountId: string): VersionAuthor[] {
    const ids = new Set([...this.#deps.sessions.authorsOf(documentId), accountId])
    return [...ids].map((id) => ({ id }))
  }

  async #loadWritable(actor: Actor, documentId: DocumentId | string): Promise<DocumentRecord> {
    const record = await loadReadableDocument(this.#deps.metadata, actor, documentId)
    if (documentAccess(actor, record) !== 'write') {
      throw new AppError(ErrorCode.Forbidden, versionTexts.readOnly)
    }
    // A thread of the échanges changes through the API only (author, time, mentions): a restore
    // would change it behind those rules.
    if (record.kind === DocumentKind.Discussion) {
      throw new AppError(ErrorCode.Forbidden, versionTexts.threadReadOnly)
    }
    return record
  }

  async #find(documentId: DocumentId, versionId: string): Promise<VersionRecord> {
    const version = await this.#deps.store.find(documentId, versionId)
    if (version === null) throw new AppError(ErrorCode.NotFound, versionTexts.versionNotFound)
    return version
  }

  async #loadDoc(documentId: DocumentId, versionId: string): Promise<Y.Doc> {
    const state = await this.#deps.store.loadState(documentId, versionId)
    if (state === null) throw new AppError(ErrorCode.NotFound, versionTexts.versionNotFound)
    const doc = new Y.Doc({ guid: `${documentId}/${versionId}` })
    Y.applyUpdate(doc, state)
    return doc
  }

  async #versionContent(record: DocumentRecord, versionId: string): Promise<VersionContent> {
    const doc = await this.#loadDoc(record.id, versionId)
    try {
      return readVersionContent(doc, record.kind)
    } finally {
      doc.destroy()
    }
  }

  /** One side of a comparison: a version of the document, or its current content. */
  async #side(
    record: DocumentRecord,
    id: string,
  ): Promise<{ view: VersionSideView; content: VersionContent }> {
    if (id === CURRENT_STATE) {
      const content = await this.#deps.content.read(record.id, (doc) =>
        readVersionContent(doc, record.kind),
      )
      return { view: { id }, content }
    }
    const version = await this.#find(record.id, id)
    const content = await this.#versionContent(record, version.id)
    return { view: { id, version: await this.#present(version) }, content }
  }

  async #present(version: VersionRecord): Promise<VersionSummaryView> {
    const [view] = await presentVersions(this.#deps.metadata, [version])
    if (view === undefined) throw new Error('a presented version is missing')
    return view
  }

  async #audit(
    actor: Actor,
    action: AuditAction,
    record: DocumentRecord,
    details: Record<string, string>,
  ): Promise<void> {
    await this.#deps.metadata.appendAudit({
      at: isoTime(this.#deps.timers),
      action,
      actorId: actor.account.id,
      target: record.id,
      details: { spaceId: record.spaceId, ...details },
    })
  }
}

/** The content of a version as the protocol shows it (list items as lines). */
function presentContent(content: VersionContent): Omit<VersionContentView, 'version' | 'kind'> {
  return {
    title: content.title,
    fields: content.fields.map((field) => ({
      name: field.name,
      label: field.label,
      value: field.value,
      ...(field.items === undefined ? {} : { items: field.items.map((item) => item.text) }),
    })),
    body: content.body,
  }
}
