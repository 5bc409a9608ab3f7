import {
  DocumentKind,
  DocumentRoot,
  REGIONAL_SPACE_IDS,
  atelierKind,
  httpsUrlOf,
  readFields,
  stringValue,
} from '@maillage/schema'
import { isClpeSpace } from '../auth/regionalPilotage.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import { readFieldsJson } from '../documents/readFieldsJson.ts'
import { isSupraTerritorial, raisingSpaceIds } from '../exchanges/supraTerritorial.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import { VeilleStatus } from '../persistence/records/VeilleItem.ts'
import { formatFrenchDay } from '../pilotage/bilan/formatFrenchDay.ts'
import type { LettreEntry, LettreFacts } from './LettreFacts.ts'

/** Most entries of one section: a lettre is read in a few minutes. */
export const MAX_LETTRE_ENTRIES = 15

/** When the facts start, and what reads them. */
export interface LettreFactsInput {
  readonly store: MetadataStore
  readonly content: DocumentContent
  /** `YYYY-MM-DD` (Paris) from which things are new. */
  readonly since: string
  readonly sinceLastNumero: boolean
  /** `YYYY-MM-DD` (Paris): ateliers from this day on are to come. */
  readonly today: string
}

function isLive(record: DocumentRecord): boolean {
  return record.archivedAt === undefined && record.privateTo === undefined
}

/** The `YYYY-MM-DD` day of an ISO time, as the index writes it (UTC is close enough for « since »). */
function dayOf(isoTime: string): string {
  return isoTime.slice(0, 10)
}

async function readTools(store: MetadataStore, since: string): Promise<LettreEntry[]> {
  const proposals = await store.toolbox.listToolProposals()
  return proposals
    .flatMap((proposal) => {
      if (proposal.status !== 'valide') return []
      const step = proposal.history.findLast((entry) => entry.status === 'valide')
      if (step === undefined || dayOf(step.at) < since) return []
      const href =
        proposal.createdToolId === undefined
          ? `/boite-a-outils/propositions/${proposal.id}`
          : `/documents/${proposal.createdToolId}`
      const porteur = proposal.porteur.trim()
      const detail = `validé le ${formatFrenchDay(dayOf(step.at))}${porteur === '' ? '' : `, porté par ${porteur}`}`
      return [{ at: step.at, entry: { title: proposal.title, href, detail } }]
    })
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, MAX_LETTRE_ENTRIES)
    .map(({ entry }) => entry)
}

async function readReplay(content: DocumentContent, id: DocumentRecord['id']): Promise<string> {
  return await content.read(id, (doc) => {
    const json = readFieldsJson(doc.getMap(DocumentRoot.Fields)).fields
    return httpsUrlOf(stringValue(readFields(atelierKind, json).values, 'replay'))
  })
}

async function readAteliers(
  input: LettreFactsInput,
): Promise<{ toCome: LettreEntry[]; past: LettreEntry[] }> {
  const records = (await input.store.listDocumentsOfKinds([DocumentKind.Atelier])).filter(
    (record) => isLive(record) && record.spaceId === REGIONAL_SPACE_IDS.regional,
  )
  const dated = records.map((record) => ({ record, date: record.keyFields?.['date'] ?? '' }))
  const toCome = dated
    .filter(({ date }) => date >= input.today)
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(0, MAX_LETTRE_ENTRIES)
    .map(({ record, date }) => ({
      title: record.title,
      href: `/ateliers/${record.id}`,
      detail: `le ${formatFrenchDay(date)}`,
    }))
  const held = dated
    .filter(({ date }) => date !== '' && date >= input.since && date < input.today)
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, MAX_LETTRE_ENTRIES)
  const past: LettreEntry[] = []
  for (const { record, date } of held) {
    const replay = await readReplay(input.content, record.id)
    past.push({
      title: record.title,
      href: `/ateliers/${record.id}`,
      detail: `tenu le ${formatFrenchDay(date)}`,
      ...(replay === '' ? {} : { extra: { label: 'Revoir le replay', href: replay } }),
    })
  }
  return { toCome, past }
}

async function readSubjects(store: MetadataStore, since: string): Promise<LettreEntry[]> {
  const [threads, discussions] = await Promise.all([
    store.exchanges.listThreads(),
    store.listDocumentsOfKinds([DocumentKind.Discussion]),
  ])
  const titles = new Map(discussions.map((record) => [record.id, record.title]))
  return threads
    .map((thread) => ({ thread, raisedBy: raisingSpaceIds(thread).length }))
    .filter(
      ({ thread, raisedBy }) =>
        isSupraTerritorial(thread.type, raisedBy) && dayOf(thread.lastMessageAt) >= since,
    )
    .sort(
      (a, b) =>
        b.raisedBy - a.raisedBy || b.thread.lastMessageAt.localeCompare(a.thread.lastMessageAt),
    )
    .slice(0, MAX_LETTRE_ENTRIES)
    .map(({ thread, raisedBy }) => ({
      title: titles.get(thread.id) ?? 'Sujet sans titre',
      href: `/echanges/${thread.id}`,
      detail: `soulevé par ${raisedBy} CLPE`,
    }))
}

async function readFiches(store: MetadataStore, since: string): Promise<LettreEntry[]> {
  const [fiches, spaces] = await Promise.all([
    store.listDocumentsOfKinds([DocumentKind.FicheAction]),
    store.listSpaces(),
  ])
  const names = new Map(spaces.map((space) => [space.id, space.name]))
  return fiches
    .filter(
      (record) =>
        isLive(record) &&
        record.sharedWithAll &&
        isClpeSpace(record.spaceId) &&
        dayOf(record.updatedAt) >= since,
    )
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, MAX_LETTRE_ENTRIES)
    .map((record) => ({
      title: record.title,
      href: `/documents/${record.id}`,
      detail: names.get(record.spaceId) ?? record.spaceId,
    }))
}

async function readVeille(store: MetadataStore, since: string): Promise<LettreEntry[]> {
  const items = await store.veille.listItems()
  return items
    .filter(
      (item) =>
        item.status === VeilleStatus.Publie &&
        item.selectedForLettre &&
        dayOf(item.curatedAt ?? item.addedAt) >= since &&
        // The veille keeps http(s) addresses only; anything else is not linked from a mail.
        /^https?:\/\//iu.test(item.url),
    )
    .sort((a, b) => b.publishedOn.localeCompare(a.publishedOn))
    .slice(0, MAX_LETTRE_ENTRIES)
    .map((item) => ({
      title: item.title,
      href: item.url,
      detail: `${item.source}, ${formatFrenchDay(item.publishedOn)}`,
    }))
}

/**
 * Reads what a numéro reports since `since`: tools validated by the comité de pilotage, ateliers
 * to come and held (with their replay), supra-territorial subjects, veille items selected for the
 * lettre, and the fiches action put forward by their CLPE — those a CLPE shared with all
 * territories (its decision to show them) that changed since. From the index, except the replay of
 * each atelier held, read from its fields.
 */
export async function readLettreFacts(input: LettreFactsInput): Promise<LettreFacts> {
  const [tools, ateliers, subjects, veille, fiches] = await Promise.all([
    readTools(input.store, input.since),
    readAteliers(input),
    readSubjects(input.store, input.since),
    readVeille(input.store, input.since),
    readFiches(input.store, input.since),
  ])
  return {
    since: input.since,
    sinceLastNumero: input.sinceLastNumero,
    tools,
    ateliersToCome: ateliers.toCome,
    ateliersPast: ateliers.past,
    subjects,
    veille,
    fiches,
  }
}
