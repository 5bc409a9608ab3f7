import { AccountRateLimit } from '../auth/AccountRateLimit.ts'
import type { Coordination } from '../coordination/Coordination.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { Timers } from '../time/Timers.ts'
import {
  VEILLE_ADDITIONS_PER_HOUR,
  VEILLE_ADDITIONS_WINDOW_MS,
  VeilleService,
} from './VeilleService.ts'

/** Builds the {@link VeilleService}, its rate of additions counted in `coordination`'s windows. */
export function createVeilleService(options: {
  store: MetadataStore
  timers: Timers
  coordination: Coordination
}): VeilleService {
  const { store, timers, coordination } = options
  return new VeilleService({
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
}
