import type { FicheActionExportView } from '@maillage/protocol'
import type { Actor } from '../auth/Actor.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { AuditAction } from '../persistence/records/AuditEntry.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import type { DocumentContent } from './DocumentContent.ts'
import { exportFichesAction } from './exportFichesAction.ts'
import { loadReadableDocument } from './loadReadableDocument.ts'

/**
 * Exports of the fiches action of a fiche action or of a feuille de route (`exportFichesAction`):
 * whoever may read the document may export it (`NOT_FOUND` else, like a missing one), and each
 * export is audited with its format and its number of rows.
 */
export class DocumentExportService {
  readonly #store: MetadataStore
  readonly #content: DocumentContent
  readonly #timers: Timers

  constructor(options: { store: MetadataStore; content: DocumentContent; timers: Timers }) {
    this.#store = options.store
    this.#content = options.content
    this.#timers = options.timers
  }

  /** The rows of the document's fiches action; `format` (`csv`, `json`) is recorded in the audit. */
  async exportFiches(
    actor: Actor,
    documentId: string,
    format: string,
  ): Promise<{ record: DocumentRecord; view: FicheActionExportView }> {
    const record = await loadReadableDocument(this.#store, actor, documentId)
    const view = await exportFichesAction(actor, record, {
      metadata: this.#store,
      content: this.#content,
    })
    await this.#store.appendAudit({
      at: isoTime(this.#timers),
      action: AuditAction.DocumentExported,
      actorId: actor.account.id,
      target: record.id,
      details: {
        spaceId: record.spaceId,
        kind: record.kind,
        format,
        rows: String(view.rows.length),
      },
    })
    return { record, view }
  }
}
