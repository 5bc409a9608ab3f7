import { EXPORT_MEDIA_TYPES, type ExportFormat } from './ExportFormat.ts'
import type { ExportModel } from './ExportModel.ts'
import { OfficeConverter } from './OfficeConverter.ts'
import { writeMarkdown } from './writeMarkdown.ts'

/** A file made by an export: its bytes, media type and name (title and extension). */
export interface ExportedFile {
  readonly bytes: Uint8Array
  readonly mediaType: string
  /** The title and the format's extension, for `attachmentDisposition` (which cleans it). */
  readonly fileName: string
}

/**
 * One or more export models (a dossier) as one file of `format`, named `name`: DOCX by the
 * `docx` library, Markdown (GFM) by `writeMarkdown`, ODT and PDF that DOCX converted by
 * `converter` (LibreOffice headless; absent, one of this call alone).
 */
export async function writeExportFile(
  models: readonly ExportModel[],
  options: { format: ExportFormat; name: string; converter?: OfficeConverter | undefined },
): Promise<ExportedFile> {
  const { format } = options
  const fileName = `${options.name}.${format}`
  const mediaType = EXPORT_MEDIA_TYPES[format]
  switch (format) {
    case 'md':
      return { bytes: new TextEncoder().encode(writeMarkdown(models)), mediaType, fileName }
    case 'docx':
      return { bytes: await writeDocx(models), mediaType, fileName }
    case 'odt':
    case 'pdf': {
      const converter = options.converter ?? new OfficeConverter()
      return {
        bytes: await converter.convert(await writeDocx(models), format),
        mediaType,
        fileName,
      }
    }
    default: {
      const never: never = format
      throw new Error(`unknown export format ${String(never)}`)
    }
  }
}

/** The `docx` library is big: loaded at the first DOCX, ODT or PDF export, not at start. */
async function writeDocx(models: readonly ExportModel[]): Promise<Uint8Array> {
  const { writeDocx: write } = await import('./writeDocx.ts')
  return write(models)
}
