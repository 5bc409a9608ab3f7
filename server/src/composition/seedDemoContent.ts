import type { DocumentContent } from '../documents/DocumentContent.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { seedAteliers } from '../seed/seedAteliers.ts'
import { seedAvis } from '../seed/seedAvis.ts'
import { seedExchanges } from '../seed/seedExchanges.ts'
import { seedLettre } from '../seed/seedLettre.ts'
import { seedMeetings } from '../seed/seedMeetings.ts'
import { seedMaturity } from '../seed/seedMaturity.ts'
import { seedPilotage } from '../seed/seedPilotage.ts'
import { seedProgramme } from '../seed/seedProgramme.ts'
import { seedVeille } from '../seed/seedVeille.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import type { Services } from './Services.ts'

/**
 * Seeds the demo content of a new data directory through the services, after the real content
 * (`seedContent`): ateliers, échanges, avis, pilotage (fiches action, feuilles de route),
 * démarche de progression, veille, lettre, programme and séances.
 */
export async function seedDemoContent(
  services: Services,
  options: {
    metadata: MetadataStore
    /** Where the demo pilotage writes the lists of its documents. */
    content: DocumentContent
    timers: Timers
  },
): Promise<void> {
  const { metadata, content, timers } = options
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
