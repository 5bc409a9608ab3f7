import { DOCUMENT_KIND_LABELS, DocumentRoot, kindDefinition } from '@maillage/schema'
import type { ExportInput } from './exportDocument.ts'
import type { ExportModel } from './ExportModel.ts'
import { formatLongFrenchDate, frenchText } from './frenchText.ts'
import { readExportBody } from './readExportBody.ts'
import { readExportFields } from './readExportFields.ts'

/** The heading of the rich text after the fields, as the document page names it. */
const BODY_HEADING = 'Contenu libre'

/**
 * The model of an export (see `ExportModel`) read from `input.doc`, synchronously: the title (the
 * `title` root, else the record's), the kind's fields by section and the rich text; the footer
 * names the space and the day of `exportedAt` in Paris.
 */
export function buildExportModel(input: Omit<ExportInput, 'format'>): ExportModel {
  const { doc, record } = input
  const title = doc.getText(DocumentRoot.Title).toString().trim()
  const sections = readExportFields(
    kindDefinition(record.kind),
    doc.getMap(DocumentRoot.Fields),
    input.linkedTitles ?? new Map(),
  )
  const body = readExportBody(doc.getXmlFragment(DocumentRoot.Body))
  return {
    title: frenchText(title === '' ? record.title : title),
    kindLabel: DOCUMENT_KIND_LABELS[record.kind],
    footer: `${input.spaceName} — exporté le ${formatLongFrenchDate(input.exportedAt)}`,
    sections,
    bodyHeading: sections.length > 0 && body.length > 0 ? BODY_HEADING : null,
    body,
  }
}
