import { AppError, ErrorCode } from '../errors/AppError.ts'

/**
 * The office converter (LibreOffice's `soffice`) is not installed on this server, so ODT and PDF
 * exports cannot be made (`EXPORT_CONVERTER_MISSING`, 503); DOCX and Markdown need no converter.
 */
export class ExportUnavailableError extends AppError {
  constructor(command: string, cause: unknown) {
    super(
      ErrorCode.ExportConverterMissing,
      'Les exports ODT et PDF ne sont pas disponibles sur ce serveur : LibreOffice n’y est pas ' +
        'installé. Exportez en DOCX ou en Markdown, ou demandez à l’équipe régionale de ' +
        'l’installer.',
      { details: { command }, cause },
    )
    this.name = 'ExportUnavailableError'
  }
}
