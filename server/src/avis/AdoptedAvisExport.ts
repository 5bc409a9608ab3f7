import {
  DocumentKind,
  DocumentRoot,
  AVIS_ADOPTION_META_KEY,
  readAvisAdoption,
} from '@maillage/schema'
import { parseDocumentId } from '@maillage/protocol'
import type { Actor } from '../auth/Actor.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import { loadReadableDocument } from '../documents/loadReadableDocument.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { AuditAction } from '../persistence/records/AuditEntry.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import type {
  AdoptedExportFormat,
  AdoptionVersions,
  ExportAvisDocument,
  ExportedAvisFile,
} from './AdoptionPorts.ts'
import { AVIS_MESSAGES } from './avisMessages.ts'

/**
 * The adopted version of an avis as a file (ODT, DOCX, PDF, Markdown): the version the adoption
 * recorded, read from the history, never the document as it is now (it may have changed since).
 * For whoever may read the avis; audited as an export.
 */
export class AdoptedAvisExport {
  readonly #store: MetadataStore
  readonly #content: DocumentContent
  readonly #versions: AdoptionVersions
  readonly #exportDocument: ExportAvisDocument
  readonly #timers: Timers

  constructor(options: {
    store: MetadataStore
    content: DocumentContent
    versions: AdoptionVersions
    exportDocument: ExportAvisDocument
    timers: Timers
  }) {
    this.#store = options.store
    this.#content = options.content
    this.#versions = options.versions
    this.#exportDocument = options.exportDocument
    this.#timers = options.timers
  }

  /**
   * The adopted version of `documentId` in `format`. `NOT_FOUND` when the actor may not read it,
   * `CONFLICT` for another kind or an avis not adopted; the exports' errors (converter missing)
   * pass through.
   */
  async export(
    actor: Actor,
    documentId: string,
    format: AdoptedExportFormat,
  ): Promise<ExportedAvisFile> {
    const record = await loadReadableDocument(this.#store, actor, documentId)
    if (record.kind !== DocumentKind.Avis) {
      throw new AppError(ErrorCode.Conflict, AVIS_MESSAGES.notAnAvis)
    }
    const id = parseDocumentId(record.id)
    const adoption = await this.#content.read(id, (doc) =>
      readAvisAdoption(doc.getMap(DocumentRoot.Meta).get(AVIS_ADOPTION_META_KEY)),
    )
    if (adoption.state !== 'adopte' || adoption.adoptedVersionId === undefined) {
      throw new AppError(ErrorCode.Conflict, AVIS_MESSAGES.notAdopted)
    }
    const space = await this.#store.findSpace(record.spaceId)
    const doc = await this.#versions.loadVersionDoc(actor, id, adoption.adoptedVersionId)
    try {
      const file = await this.#exportDocument({
        doc,
        record,
        spaceName: space?.name ?? '',
        exportedAt: new Date(this.#timers.now()),
        format,
      })
      await this.#store.appendAudit({
        at: isoTime(this.#timers),
        action: AuditAction.DocumentExported,
        actorId: actor.account.id,
        target: record.id,
        details: { format, version: adoption.adoptedVersionId },
      })
      return file
    } finally {
      doc.destroy()
    }
  }
}
