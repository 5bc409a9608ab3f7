/** The file formats a document is exported to: ODF text, Word, PDF and Markdown (GFM). */
export const ExportFormat = {
  Odt: 'odt',
  Docx: 'docx',
  Pdf: 'pdf',
  Md: 'md',
} as const
export type ExportFormat = (typeof ExportFormat)[keyof typeof ExportFormat]

/** Every {@link ExportFormat}, in the order the menu offers them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['odt', 'docx', 'pdf', 'md']

/** The media type each format is served with. */
export const EXPORT_MEDIA_TYPES: Readonly<Record<ExportFormat, string>> = {
  odt: 'application/vnd.oasis.opendocument.text',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  md: 'text/markdown; charset=utf-8',
}

/** Tells whether a string (a URL's extension) is one of the {@link ExportFormat} values. */
export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value)
}
