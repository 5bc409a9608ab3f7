import { clpeSpaceId } from '@maillage/schema'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import type { DocumentService } from '../documents/DocumentService.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { Timers } from '../time/Timers.ts'
import { LENS_SEED } from './pilotage/lensSeed.ts'
import { LILLE_SEED } from './pilotage/lilleSeed.ts'
import { OTHER_CLPE_SEEDS } from './pilotage/otherClpeSeeds.ts'
import type { ClpeSeed } from './pilotage/PilotageSeed.ts'
import { seedAuthors } from './pilotage/seedAuthors.ts'
import {
  writeFeuilleDeRouteSeed,
  writeFicheSeed,
  type PilotageSeedContext,
} from './pilotage/writePilotageSeed.ts'

/** The demo CLPE of the pilotage: Lille and Lens in full, six more more briefly. */
export const PILOTAGE_SEEDS: readonly ClpeSeed[] = [LILLE_SEED, LENS_SEED, ...OTHER_CLPE_SEEDS]

/**
 * Fills the pilotage of a new demo data directory (after the demo accounts and the échanges'
 * colleagues): for each CLPE of {@link PILOTAGE_SEEDS}, its fiches action written by its demo
 * members (the server's pseudo-account where it has none) with indicators and dated
 * measurements, then, for Lille and Lens, the feuille de route of the year linking them. Each
 * document goes through `DocumentService`, its lists through `DocumentContent.change`, and is
 * re-indexed, so that the index holds what a person's edits would give. Resolves with the number
 * of documents written.
 */
export async function seedPilotage(options: {
  store: MetadataStore
  documents: DocumentService
  content: DocumentContent
  indexer: PilotageSeedContext['indexer']
  timers: Timers
}): Promise<number> {
  const nowMs = options.timers.now()
  const context: PilotageSeedContext = {
    ...options,
    nowMs,
    authorOf: seedAuthors(options.store, new Date(nowMs).toISOString()),
  }
  const counts = await Promise.all(PILOTAGE_SEEDS.map((clpe) => seedClpe(context, clpe)))
  return counts.reduce((sum, count) => sum + count, 0)
}

/**
 * Writes the documents of one CLPE: its fiches at once (each its own document, so their writes
 * overlap), then its feuille de route, which links them. Resolves with the number written.
 */
async function seedClpe(context: PilotageSeedContext, clpe: ClpeSeed): Promise<number> {
  const spaceId = clpeSpaceId(clpe.code)
  const fiches = await Promise.all(
    clpe.fiches.map(async (seed) => ({ id: await writeFicheSeed(context, spaceId, seed), seed })),
  )
  const plan = await writeFeuilleDeRouteSeed(context, spaceId, clpe, fiches)
  return fiches.length + (plan === null ? 0 : 1)
}
