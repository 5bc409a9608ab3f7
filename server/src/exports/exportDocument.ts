import type * as Y from 'yjs'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import { buildExportModel } from './buildExportModel.ts'
import type { ExportFormat } from './ExportFormat.ts'
import type { OfficeConverter } from './OfficeConverter.ts'
import { writeExportFile, type ExportedFile } from './writeExportFile.ts'

export type { ExportedFile } from './writeExportFile.ts'

/** What {@link exportDocument} is given. */
export interface ExportInput {
  /** The document's content; read synchronously when the export starts, never changed. */
  readonly doc: Y.Doc
  readonly record: DocumentRecord
  /** The name of the document's space, in the footer. */
  readonly spaceName: string
  /** When the export is made: its day, in Paris, is in the footer. */
  readonly exportedAt: Date
  readonly format: ExportFormat
  /**
   * The titles of the documents its document-link fields name, by id, for those the reader may
   * read; a link to another reads « document non accessible ». Absent: none is known.
   */
  readonly linkedTitles?: ReadonlyMap<string, string>
  /**
   * Who converts to ODT and PDF: pass the server's (`Services.exports.officeConverter`, at most 2
   * conversions at a time, bounded queue) from any request path; absent, one of this call alone.
   */
  readonly converter?: OfficeConverter
}

/**
 * A document as a file of `format`: its title, its kind's fields by section (lists as tables) and
 * its rich text (as it reads once pending suggestions are rejected), the space and day of export
 * in the footer. DOCX is written by the `docx` library and Markdown (GFM) here; ODT and PDF are
 * that DOCX converted by LibreOffice headless. Rejects with `ExportUnavailableError`
 * (`EXPORT_CONVERTER_MISSING`, 503) for ODT and PDF when LibreOffice is absent, `EXPORT_BUSY`
 * (503) when the converter's queue is full and `EXPORT_FAILED` when it fails or times out.
 */
export async function exportDocument(input: ExportInput): Promise<ExportedFile> {
  // Built before any await: the caller's Y.Doc may be destroyed once its read ends.
  const model = buildExportModel(input)
  return writeExportFile([model], {
    format: input.format,
    name: model.title,
    converter: input.converter,
  })
}
