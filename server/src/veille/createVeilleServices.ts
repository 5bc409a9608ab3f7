import { AccountRateLimit } from '../auth/AccountRateLimit.ts'
import type { SessionManager } from '../auth/SessionManager.ts'
import type { Coordination } from '../coordination/Coordination.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { Timers } from '../time/Timers.ts'
import { VEILLE_FEED_CREATIONS_PER_HOUR, VeilleFeedService } from './VeilleFeedService.ts'
import {
  VEILLE_IMPORTS_PER_HOUR,
  VEILLE_IMPORTS_WINDOW_MS,
  VeilleImportService,
} from './VeilleImportService.ts'
import { DEFAULT_VEILLE_IMPORT_LIMITS, type VeilleImportLimits } from './VeilleImportLimits.ts'
import {
  VEILLE_ADDITIONS_PER_HOUR,
  VEILLE_ADDITIONS_WINDOW_MS,
  VeilleService,
} from './VeilleService.ts'

const HOUR_MS = 60 * 60 * 1000

/** The services of the veille, as `Services` holds them. */
export interface VeilleServices {
  readonly veille: VeilleService
  readonly veilleFeeds: VeilleFeedService
  readonly veilleImport: VeilleImportService
}

/**
 * Builds the veille's services; the rates of additions and imports are counted in
 * `coordination`'s windows (shared by every process when so configured).
 */
export function createVeilleServices(options: {
  store: MetadataStore
  sessions: SessionManager
  timers: Timers
  coordination: Coordination
  /** Bounds of the import of external feeds; absent ones take their default. */
  importLimits?: Partial<VeilleImportLimits> | undefined
}): VeilleServices {
  const { store, sessions, timers, coordination } = options
  const veille = new VeilleService({
    store,
    timers,
    additions: new AccountRateLimit({
      limits: { perAccount: VEILLE_ADDITIONS_PER_HOUR, windowMs: VEILLE_ADDITIONS_WINDOW_MS },
      timers,
      tooFast: (seconds) =>
        `Vous avez proposé beaucoup d’éléments de veille en une heure : réessayez dans ${Math.ceil(seconds / 60)} min.`,
      windows: coordination.windows('veille-additions'),
    }),
  })
  return {
    veille,
    veilleFeeds: new VeilleFeedService({
      store,
      sessions,
      veille,
      timers,
      creations: new AccountRateLimit({
        limits: { perAccount: VEILLE_FEED_CREATIONS_PER_HOUR, windowMs: HOUR_MS },
        timers,
        tooFast: (seconds) =>
          `Vous avez créé beaucoup d’adresses de flux en une heure : réessayez dans ${Math.ceil(seconds / 60)} min.`,
        windows: coordination.windows('veille-feeds'),
      }),
    }),
    veilleImport: new VeilleImportService({
      store,
      veille,
      timers,
      limits: { ...DEFAULT_VEILLE_IMPORT_LIMITS, ...options.importLimits },
      imports: new AccountRateLimit({
        limits: { perAccount: VEILLE_IMPORTS_PER_HOUR, windowMs: VEILLE_IMPORTS_WINDOW_MS },
        timers,
        tooFast: (seconds) =>
          `Vous avez importé beaucoup de flux en une heure : réessayez dans ${Math.ceil(seconds / 60)} min.`,
        windows: coordination.windows('veille-imports'),
      }),
    }),
  }
}
