import type { KeyedLock } from '../coordination/KeyedLock.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import type { NotificationService } from '../notifications/NotificationService.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { Timers } from '../time/Timers.ts'
import { AdoptedAvisExport } from './AdoptedAvisExport.ts'
import type { AdoptionVersions, ExportAvisDocument } from './AdoptionPorts.ts'
import { AvisService, type AvisReindexer } from './AvisService.ts'

/** The avis's services, as `Services` holds them. */
export interface AvisServices {
  /** The adoption: submission, positions, adoption, withdrawal. */
  readonly avis: AvisService
  /** The adopted version as a file. */
  readonly avisExport: AdoptedAvisExport
}

/** Builds the avis's services once, for the composition root. */
export function createAvisServices(options: {
  store: MetadataStore
  content: DocumentContent
  versions: AdoptionVersions
  notifications: NotificationService
  indexer: AvisReindexer
  /** Namespace `avis-adoption`. */
  locks: KeyedLock
  exportDocument: ExportAvisDocument
  timers: Timers
}): AvisServices {
  const { store, content, versions, timers } = options
  return {
    avis: new AvisService({
      store,
      content,
      versions,
      notifications: options.notifications,
      indexer: options.indexer,
      locks: options.locks,
      timers,
    }),
    avisExport: new AdoptedAvisExport({
      store,
      content,
      versions,
      exportDocument: options.exportDocument,
      timers,
    }),
  }
}
