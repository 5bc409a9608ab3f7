import type * as Y from 'yjs'
import { isDocumentId } from '@maillage/protocol'
import {
  DocumentKind,
  DocumentRoot,
  kindDefinition,
  readFields,
  type FieldValues,
} from '@maillage/schema'
import type { AccountRateLimit } from '../auth/AccountRateLimit.ts'
import { documentAccess } from '../auth/accessPolicy.ts'
import type { Actor } from '../auth/Actor.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import { DocumentUnreadableError } from '../documents/DocumentUnreadableError.ts'
import { ficheLinksOf } from '../documents/ficheLinksOf.ts'
import { loadReadableDocument } from '../documents/loadReadableDocument.ts'
import { readFieldsJson } from '../documents/readFieldsJson.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { AuditAction } from '../persistence/records/AuditEntry.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import { buildExportModel } from './buildExportModel.ts'
import { documentLinksOf } from './documentLinksOf.ts'
import type { ExportFormat } from './ExportFormat.ts'
import type { ExportModel } from './ExportModel.ts'
import type { OfficeConverter } from './OfficeConverter.ts'
import { writeExportFile, type ExportedFile } from './writeExportFile.ts'

/** What a {@link DocumentFileExportService} is built from. */
export interface DocumentFileExportOptions {
  readonly store: MetadataStore
  readonly content: DocumentContent
  readonly timers: Timers
  /** The server's LibreOffice converter (ODT, PDF). */
  readonly converter: OfficeConverter
  /** Exports one account may make within a window (20 a minute by default). */
  readonly rateLimit: AccountRateLimit
}

/**
 * Exports of documents as files (ODT, DOCX, PDF, Markdown) through the API: whoever may read a
 * document may export it (`NOT_FOUND` else, like a missing one); each export counts against the
 * account's rate (`RATE_LIMITED`) and is audited with its format. A dossier is a feuille de route
 * then each fiche action it links that the reader may read, in list order, in one file.
 */
export class DocumentFileExportService {
  readonly #store: MetadataStore
  readonly #content: DocumentContent
  readonly #timers: Timers
  readonly #converter: OfficeConverter
  readonly #rateLimit: AccountRateLimit

  constructor(options: DocumentFileExportOptions) {
    this.#store = options.store
    this.#content = options.content
    this.#timers = options.timers
    this.#converter = options.converter
    this.#rateLimit = options.rateLimit
  }

  /** The document `documentId` as a file of `format`. */
  async exportFile(actor: Actor, documentId: string, format: ExportFormat): Promise<ExportedFile> {
    const record = await loadReadableDocument(this.#store, actor, documentId)
    await this.#rateLimit.admit(actor.account.id)
    const model = await this.#modelOf(actor, record)
    const file = await writeExportFile([model], {
      format,
      name: model.title,
      converter: this.#converter,
    })
    await this.#audit(actor, record, { format, documents: '1' })
    return file
  }

  /**
   * The dossier of the feuille de route `documentId` as one file of `format`: the feuille, then
   * each linked fiche action the reader may read (each once, in list order; deleted ones left
   * out). Another kind is refused (`VALIDATION_FAILED`).
   */
  async exportDossier(
    actor: Actor,
    documentId: string,
    format: ExportFormat,
  ): Promise<ExportedFile> {
    const roadmap = await loadReadableDocument(this.#store, actor, documentId)
    if (roadmap.kind !== DocumentKind.FeuilleDeRoute) {
      throw new AppError(
        ErrorCode.ValidationFailed,
        'Seule une feuille de route s’exporte en dossier complet, avec ses fiches action.',
      )
    }
    await this.#rateLimit.admit(actor.account.id)
    const definition = kindDefinition(DocumentKind.FeuilleDeRoute)
    const ficheIds = ficheLinksOf(
      definition,
      await this.#read(roadmap, (doc) => valuesOf(doc, roadmap)),
    )
    const fiches = await this.#readable(actor, ficheIds, DocumentKind.FicheAction)
    const models = [await this.#modelOf(actor, roadmap)]
    for (const fiche of fiches) models.push(await this.#modelOf(actor, fiche))
    const [first] = models
    const file = await writeExportFile(models, {
      format,
      name: `Dossier — ${first?.title ?? roadmap.title}`,
      converter: this.#converter,
    })
    await this.#audit(actor, roadmap, { format, documents: String(models.length), dossier: 'true' })
    return file
  }

  async #modelOf(actor: Actor, record: DocumentRecord): Promise<ExportModel> {
    const linkIds = await this.#read(record, (doc) =>
      documentLinksOf(kindDefinition(record.kind), valuesOf(doc, record)),
    )
    const linkedTitles = new Map(
      (await this.#readable(actor, linkIds, null)).map((linked) => [linked.id, linked.title]),
    )
    const space = await this.#store.findSpace(record.spaceId)
    const exportedAt = new Date(this.#timers.now())
    return this.#read(record, (doc) =>
      buildExportModel({
        doc,
        record,
        spaceName: space?.name ?? record.spaceId,
        exportedAt,
        linkedTitles,
      }),
    )
  }

  /** The records of `ids` that exist, are of `kind` (any when null) and `actor` may read. */
  async #readable(
    actor: Actor,
    ids: readonly string[],
    kind: DocumentKind | null,
  ): Promise<DocumentRecord[]> {
    const records: DocumentRecord[] = []
    for (const id of new Set(ids)) {
      if (!isDocumentId(id)) continue
      const record = await this.#store.findDocument(id)
      if (record === null || (kind !== null && record.kind !== kind)) continue
      if (documentAccess(actor, record) !== null) records.push(record)
    }
    return records
  }

  /** Reads a document's content; one that cannot be read is refused by name. */
  async #read<T>(record: DocumentRecord, read: (doc: Y.Doc) => T): Promise<T> {
    try {
      return await this.#content.read(record.id, read)
    } catch (error) {
      if (!(error instanceof DocumentUnreadableError)) throw error
      throw new AppError(
        ErrorCode.DocumentUnreadable,
        `Le document « ${record.title} » ne peut pas être lu : son contenu est illisible. ` +
          'L’export est impossible tant qu’il n’est pas réparé ; prévenez l’équipe régionale.',
        { details: { documentId: record.id }, cause: error },
      )
    }
  }

  async #audit(
    actor: Actor,
    record: DocumentRecord,
    details: Record<string, string>,
  ): Promise<void> {
    await this.#store.appendAudit({
      at: isoTime(this.#timers),
      action: AuditAction.DocumentExported,
      actorId: actor.account.id,
      target: record.id,
      details: { spaceId: record.spaceId, kind: record.kind, ...details },
    })
  }
}

function valuesOf(doc: Y.Doc, record: DocumentRecord): FieldValues {
  const fields = readFieldsJson(doc.getMap(DocumentRoot.Fields)).fields
  return readFields(kindDefinition(record.kind), fields).values
}
