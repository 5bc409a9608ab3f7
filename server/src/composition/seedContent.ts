import type { ServerConfig } from '../config.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { seedAteliers } from '../seed/seedAteliers.ts'
import { seedExchanges } from '../seed/seedExchanges.ts'
import { seedToolbox } from '../seed/seedToolbox.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import type { Services } from './Services.ts'

/**
 * Seeds the content of a new data directory through the services: the catalogue of the boîte à
 * outils always (it is real content), the demo ateliers and échanges with the demo data. A
 * `MAILLAGE_AUTH=none` server (sync only) has no signed-in members to read any of it.
 */
export async function seedContent(
  services: Services,
  options: {
    config: Pick<ServerConfig, 'auth' | 'demoData'>
    metadata: MetadataStore
    timers: Timers
  },
): Promise<void> {
  const { config, metadata, timers } = options
  if (config.auth === 'none') return
  await seedToolbox(services.documents, isoTime(timers))
  if (!config.demoData) return
  await seedAteliers(services.ateliers, { store: metadata, now: timers.now() })
  await seedExchanges(services.exchanges, metadata, isoTime(timers))
}
