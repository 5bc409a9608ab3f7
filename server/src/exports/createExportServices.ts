import { AccountRateLimit } from '../auth/AccountRateLimit.ts'
import type { EventWindows } from '../coordination/EventWindows.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { Timers } from '../time/Timers.ts'
import { DocumentFileExportService } from './DocumentFileExportService.ts'
import { OfficeConverter } from './OfficeConverter.ts'

/** Exports (files) one account may make per minute. */
export const EXPORTS_PER_MINUTE = 20

/** The services of exports as files. */
export interface ExportServices {
  /**
   * The process's LibreOffice converter (at most 2 conversions at once, a bounded queue): pass it
   * to `exportDocument` from any request path; `close()` at shutdown.
   */
  readonly officeConverter: OfficeConverter
  /** Exports of documents and dossiers through the API, checked, rate-limited and audited. */
  readonly documentFiles: DocumentFileExportService
}

/** Builds the export services; `officeCommand`: the LibreOffice command (default `soffice`). */
export function createExportServices(options: {
  store: MetadataStore
  content: DocumentContent
  timers: Timers
  windows: EventWindows
  officeCommand?: string | undefined
}): ExportServices {
  const { store, content, timers } = options
  const officeConverter = new OfficeConverter(
    options.officeCommand === undefined ? {} : { command: options.officeCommand },
  )
  const rateLimit = new AccountRateLimit({
    limits: { perAccount: EXPORTS_PER_MINUTE, windowMs: 60_000 },
    timers,
    tooFast: (seconds) =>
      `Vous avez demandé beaucoup d’exports en peu de temps : réessayez dans ${seconds} s.`,
    windows: options.windows,
  })
  return {
    officeConverter,
    documentFiles: new DocumentFileExportService({
      store,
      content,
      timers,
      converter: officeConverter,
      rateLimit,
    }),
  }
}
