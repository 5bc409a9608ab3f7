import { DocumentKind, EXCHANGE_STATUS_OPTIONS, optionLabel } from '@maillage/schema'
import { isClpeSpace } from '../../auth/regionalPilotage.ts'
import { isSupraTerritorial, raisingSpaceIds } from '../../exchanges/supraTerritorial.ts'
import type { MetadataStore } from '../../persistence/MetadataStore.ts'
import type { DocumentRecord } from '../../persistence/records/DocumentRecord.ts'
import type { BilanHighlights, SupraTerritorialSubject } from './BilanSources.ts'
import type { BilanPeriod } from './bilanPeriodInput.ts'
import { selectHighlights, type HighlightCandidate } from './selectHighlights.ts'

/** Most supra-territorial subjects a bilan lists (most raised first). */
export const MAX_BILAN_SUBJECTS = 30

/** A fiche action of a CLPE as the index keeps it, for the faits marquants; null for others. */
function candidateOf(
  record: DocumentRecord,
  spaceNames: ReadonlyMap<string, string>,
): HighlightCandidate | null {
  const { pilotage } = record
  if (pilotage?.kind !== 'fiche-action') return null
  if (record.archivedAt !== undefined || record.privateTo !== undefined) return null
  if (!isClpeSpace(record.spaceId)) return null
  return {
    documentId: record.id,
    title: record.title,
    spaceName: spaceNames.get(record.spaceId) ?? record.spaceId,
    status: record.status ?? '',
    dateFin: record.keyFields?.['dateFin'] ?? '',
    updatedAt: record.updatedAt,
    efficacite: pilotage.efficacite,
    reconduction: pilotage.reconduction,
    indicators: pilotage.indicators,
  }
}

async function readSubjects(store: MetadataStore): Promise<SupraTerritorialSubject[]> {
  const [threads, discussions] = await Promise.all([
    store.exchanges.listThreads(),
    store.listDocumentsOfKinds([DocumentKind.Discussion]),
  ])
  const titles = new Map(discussions.map((record) => [record.id, record.title]))
  return threads
    .map((thread) => ({ thread, raisedBy: raisingSpaceIds(thread).length }))
    .filter(({ thread, raisedBy }) => isSupraTerritorial(thread.type, raisedBy))
    .sort(
      (a, b) =>
        b.raisedBy - a.raisedBy || b.thread.lastMessageAt.localeCompare(a.thread.lastMessageAt),
    )
    .slice(0, MAX_BILAN_SUBJECTS)
    .map(({ thread, raisedBy }) => ({
      threadId: thread.id,
      title: titles.get(thread.id) ?? 'Sujet sans titre',
      raisedBy,
      status: optionLabel(EXCHANGE_STATUS_OPTIONS, thread.status),
    }))
}

/**
 * Reads from the index what a bilan names beside the regional view: the faits marquants of the
 * period among the fiches action of the CLPE (`selectHighlights`), and the supra-territorial
 * subjects of the échanges. Never loads a Y.Doc.
 */
export async function readBilanFacts(
  store: MetadataStore,
  period: BilanPeriod,
): Promise<{ highlights: BilanHighlights; subjects: SupraTerritorialSubject[] }> {
  const [spaces, fiches, subjects] = await Promise.all([
    store.listSpaces(),
    store.listDocumentsOfKinds([DocumentKind.FicheAction]),
    readSubjects(store),
  ])
  const spaceNames = new Map(spaces.map((space) => [space.id, space.name]))
  const candidates = fiches.flatMap((record) => candidateOf(record, spaceNames) ?? [])
  return { highlights: selectHighlights(candidates, period), subjects }
}
