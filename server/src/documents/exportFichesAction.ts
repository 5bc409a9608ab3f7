import type * as Y from 'yjs'
import { isDocumentId, type FicheActionExportView } from '@maillage/protocol'
import {
  DocumentKind,
  DocumentRoot,
  TDB_RPE_COLUMNS,
  ficheActionToTdbRow,
  kindDefinition,
  readFields,
  type FieldValues,
  type KindDefinition,
} from '@maillage/schema'
import { documentAccess } from '../auth/accessPolicy.ts'
import type { Actor } from '../auth/Actor.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import type { DocumentContent } from './DocumentContent.ts'
import { DocumentUnreadableError } from './DocumentUnreadableError.ts'
import { ficheLinksOf } from './ficheLinksOf.ts'
import { readFieldsJson } from './readFieldsJson.ts'

/** What {@link exportFichesAction} reads: the index, and the documents' content. */
export interface ExportSources {
  readonly metadata: MetadataStore
  readonly content: DocumentContent
}

/**
 * The fiches action of a document in the field order of France Travail's TDB RPE: one row for a
 * fiche action; for a feuille de route, one row per fiche action its lists link to, in list order,
 * each once, leaving out those `actor` may not read and those that no longer exist. The caller has
 * checked that `actor` may read `record`. Other kinds are refused (`VALIDATION_FAILED`); a
 * document whose content cannot be read is refused (`DOCUMENT_UNREADABLE`, naming it).
 */
export async function exportFichesAction(
  actor: Actor,
  record: DocumentRecord,
  sources: ExportSources,
): Promise<FicheActionExportView> {
  const columns = TDB_RPE_COLUMNS.map(({ key, header }) => ({ key, header }))
  if (record.kind === DocumentKind.FicheAction) {
    return { columns, rows: [await rowOf(record, sources)] }
  }
  if (record.kind !== DocumentKind.FeuilleDeRoute) {
    throw new AppError(
      ErrorCode.ValidationFailed,
      'Seules les fiches action et les feuilles de route s’exportent au format du tableau de bord.',
    )
  }
  const rows: Readonly<Record<string, string>>[] = []
  for (const fiche of await linkedFiches(actor, record, sources)) {
    rows.push(await rowOf(fiche, sources))
  }
  return { columns, rows }
}

async function rowOf(
  record: DocumentRecord,
  sources: ExportSources,
): Promise<Readonly<Record<string, string>>> {
  const definition = kindDefinition(DocumentKind.FicheAction)
  const { title, values } = await readExported(sources, record, definition)
  return ficheActionToTdbRow(values, {
    title: title === '' ? record.title : title,
    updatedAt: record.updatedAt,
  })
}

async function linkedFiches(
  actor: Actor,
  roadmap: DocumentRecord,
  sources: ExportSources,
): Promise<DocumentRecord[]> {
  const definition = kindDefinition(DocumentKind.FeuilleDeRoute)
  const { values } = await readExported(sources, roadmap, definition)
  const fiches: DocumentRecord[] = []
  const seen = new Set<string>()
  for (const id of ficheLinksOf(definition, values)) {
    if (seen.has(id) || !isDocumentId(id)) continue
    seen.add(id)
    const fiche = await sources.metadata.findDocument(id)
    if (fiche === null || fiche.kind !== DocumentKind.FicheAction) continue
    if (documentAccess(actor, fiche) === null) continue
    fiches.push(fiche)
  }
  return fiches
}

/** The title and fields of a document to export; one that cannot be read is refused by name. */
async function readExported(
  sources: ExportSources,
  record: DocumentRecord,
  definition: KindDefinition,
): Promise<{ title: string; values: FieldValues }> {
  try {
    return await sources.content.read(record.id, (doc) => readContent(doc, definition))
  } catch (error) {
    if (!(error instanceof DocumentUnreadableError)) throw error
    // Logged with the document's id by the HTTP error handler, cause included.
    throw new AppError(
      ErrorCode.DocumentUnreadable,
      `Le document « ${record.title} » ne peut pas être lu : son contenu est illisible. ` +
        'L’export est impossible tant qu’il n’est pas réparé ; prévenez l’équipe régionale.',
      { details: { documentId: record.id }, cause: error },
    )
  }
}

function readContent(
  doc: Y.Doc,
  definition: KindDefinition,
): { title: string; values: FieldValues } {
  return {
    title: doc.getText(DocumentRoot.Title).toString().trim(),
    values: readFields(definition, readFieldsJson(doc.getMap(DocumentRoot.Fields)).fields).values,
  }
}
