import type * as Y from 'yjs'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import { buildExportModel } from './buildExportModel.ts'
import { EXPORT_MEDIA_TYPES, type ExportFormat } from './ExportFormat.ts'
import { OfficeConverter } from './OfficeConverter.ts'
import { writeDocx } from './writeDocx.ts'
import { writeMarkdown } from './writeMarkdown.ts'

/** What {@link exportDocument} is given. */
export interface ExportInput {
  /** The document's content; read only, synchronously at the start of the export. */
  readonly doc: Y.Doc
  readonly record: DocumentRecord
  /** The name of the document's space, in the footer. */
  readonly spaceName: string
  /** When the export is made: its day, in Paris, is in the footer. */
  readonly exportedAt: Date
  readonly format: ExportFormat
  /**
   * The titles of the documents its document-link fields name, by id, for those the reader may
   * read; a link to another is written « document non accessible ». Absent: none is known.
   */
  readonly linkedTitles?: ReadonlyMap<string, string>
  /**
   * Who converts to ODT and PDF: the server's own (`Services.officeConverter`, at most 2 at a
   * time), which every request path must pass; absent, a converter of this call alone.
   */
  readonly converter?: OfficeConverter
}

/** A file made by {@link exportDocument}. */
export interface ExportedFile {
  readonly bytes: Uint8Array
  readonly mediaType: string
  /** The title and the format's extension, for `attachmentDisposition` (which cleans it). */
  readonly fileName: string
}

/**
 * A document as a file of `format`: its title, its kind's fields by section (lists as tables) and
 * its rich text (as it reads once pending suggestions are rejected), the space and day of export
 * in the footer. DOCX is written by the `docx` library and Markdown (GFM) here; ODT and PDF are
 * that DOCX converted by LibreOffice headless. Rejects with `ExportUnavailableError`
 * (`EXPORT_CONVERTER_MISSING`) for ODT and PDF when LibreOffice is absent, `EXPORT_BUSY` when
 * the converter's queue is full and `EXPORT_FAILED` when it fails.
 */
export async function exportDocument(input: ExportInput): Promise<ExportedFile> {
  const model = buildExportModel(input)
  const fileName = `${model.title}.${input.format}`
  const mediaType = EXPORT_MEDIA_TYPES[input.format]
  switch (input.format) {
    case 'md':
      return { bytes: new TextEncoder().encode(writeMarkdown(model)), mediaType, fileName }
    case 'docx':
      return { bytes: await writeDocx(model), mediaType, fileName }
    case 'odt':
    case 'pdf': {
      const converter = input.converter ?? new OfficeConverter()
      const bytes = await converter.convert(await writeDocx(model), input.format)
      return { bytes, mediaType, fileName }
    }
    default: {
      const never: never = input.format
      throw new Error(`unknown export format ${String(never)}`)
    }
  }
}
