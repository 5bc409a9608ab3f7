import type { ServerConfig } from '../config.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { seedInstances } from '../seed/seedInstances.ts'
import { seedToolbox } from '../seed/seedToolbox.ts'
import { seedGovernanceMilestones } from '../governanceCalendar/governanceMilestoneSeeds.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import type { Services } from './Services.ts'

/**
 * Seeds the content of a new data directory through the services: the catalogue of the boîte à
 * outils always (it is real content), the demo ateliers, échanges, pilotage (fiches action,
 * feuilles de route) and démarche de progression (campaigns, self-assessments) with the demo
 * data. A `MAILLAGE_AUTH=none` server (sync only) has no signed-in members to read any of it.
 */
export async function seedContent(
  services: Services,
  options: {
    config: Pick<ServerConfig, 'auth' | 'demoData'>
    metadata: MetadataStore
    /** Where the demo pilotage writes the lists of its documents. */
    content: DocumentContent
    timers: Timers
  },
): Promise<void> {
  const { config, metadata, content, timers } = options
  if (config.auth === 'none') return
  await seedToolbox(services.documents, isoTime(timers))
  // The governance's calendar is real: the seed's dates of the programme's validation.
  await seedGovernanceMilestones(metadata, isoTime(timers))
  // The governance's instances are the region's structure, like its spaces; members only in demo.
  await seedInstances(metadata, { demo: config.demoData, now: isoTime(timers) })
  if (!config.demoData) return
  // The demo's content (a few hundred kilobytes of code and data) is loaded only to be seeded.
  const { seedDemoContent } = await import('./seedDemoContent.ts')
  await seedDemoContent(services, { metadata, content, timers })
}
