import type { ServerConfig } from '../config.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { seedAteliers } from '../seed/seedAteliers.ts'
import { seedAvis } from '../seed/seedAvis.ts'
import { seedExchanges } from '../seed/seedExchanges.ts'
import { seedInstances } from '../seed/seedInstances.ts'
import { seedLettre } from '../seed/seedLettre.ts'
import { seedMeetings } from '../seed/seedMeetings.ts'
import { seedMaturity } from '../seed/seedMaturity.ts'
import { seedPilotage } from '../seed/seedPilotage.ts'
import { seedProgramme } from '../seed/seedProgramme.ts'
import { seedToolbox } from '../seed/seedToolbox.ts'
import { seedVeille } from '../seed/seedVeille.ts'
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
  await seedAteliers(services.ateliers, { store: metadata, now: timers.now() })
  await seedExchanges(services.exchanges, metadata, isoTime(timers))
  await seedAvis(services.documents, { store: metadata, now: timers.now() })
  await seedPilotage({
    store: metadata,
    documents: services.documents,
    content,
    indexer: services.indexer,
    timers,
  })
  // After the pilotage: the self-assessments' preuves link the CLPE's documents.
  await seedMaturity({
    store: metadata,
    documents: services.documents,
    content,
    indexer: services.indexer,
    timers,
  })
  await seedVeille(services, { store: metadata, now: timers.now() })
  // After the ateliers, échanges, pilotage and veille: the numéros are assembled from them.
  await seedLettre(services, { store: metadata, content, now: timers.now() })
  // After the toolbox and the ateliers, which carry out the programme's lines.
  await seedProgramme(metadata, isoTime(timers))
  // After the instances and the programme: the held séance's decisions concern its version.
  await seedMeetings(services.meetings, { store: metadata, content, now: isoTime(timers) })
}
