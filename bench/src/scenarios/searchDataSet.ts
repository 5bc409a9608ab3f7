import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as Y from 'yjs'

// S10's data set: documents of realistic French text (the words of the CLPE's work: emploi,
// mobilité, apprentissage, saisonniers…), written into Maillage's lowdb directory while it is
// stopped — their index records into `metadata.json` (the shape of
// `server/src/persistence/records/DocumentRecord.ts`) and their Yjs state as the snapshot files of
// `LowdbDocumentStore` (`documents/<id>.json`). Maillage validates both when it reads them, and
// its search backfill indexes them at start from their stored content, as after an upgrade.

/** The name of Maillage's metadata file in its data directory. */
const METADATA_FILE = 'metadata.json'
/** Version of `LowdbDocumentStore`'s snapshot files. */
const SNAPSHOT_SCHEMA_VERSION = 1
/** One document in this many is shared with every territory. */
export const SHARED_EVERY = 10
const KINDS = ['diagnostic', 'compte-rendu', 'note', 'page'] as const
const DAY_MS = 86_400_000

const SUBJECTS = [
  'La mobilité des jeunes',
  'L’apprentissage dans le bâtiment',
  'Les emplois saisonniers agricoles',
  'Le retour à l’emploi des seniors',
  'La garde d’enfants des demandeurs d’emploi',
  'Les métiers en tension de la logistique',
  'L’accompagnement des bénéficiaires du RSA',
  'La formation aux métiers du numérique',
  'Le recrutement dans le médico-social',
  'Les freins périphériques à l’emploi',
] as const
const PLACES = ['Lille', 'Lens', 'Roubaix', 'Amiens', 'Calais', 'Beauvais', 'Maubeuge', 'Arras']
const SENTENCES = [
  'Le comité local pour l’emploi a réuni France Travail, la Mission locale et le Département.',
  'Les partenaires constatent des difficultés de transport pour rejoindre les zones d’activité.',
  'Une expérimentation de covoiturage solidaire est proposée avec les entreprises du territoire.',
  'Le nombre de contrats d’apprentissage a progressé de 12 % sur l’année écoulée.',
  'Les employeurs du secteur agricole peinent à recruter pour les récoltes d’été.',
  'Un forum de l’emploi sera organisé au printemps avec les acteurs de l’insertion.',
  'Les jeunes suivis en contrat d’engagement jeune demandent un accompagnement renforcé.',
  'La Région finance des places de formation qualifiante dans les métiers en tension.',
  'Le Pôle santé du territoire signale un besoin d’aides-soignants et d’infirmiers.',
  'Les structures d’insertion par l’activité économique accueillent de nouveaux salariés.',
  'Le diagnostic territorial met en évidence un taux de chômage supérieur à la moyenne régionale.',
  'Une solution de garde d’enfants en horaires atypiques facilite la reprise d’activité.',
] as const

/** What the scenario needs to know of the data set it wrote. */
export interface SearchDataSet {
  readonly documents: number
  /** Ids of the documents shared with every territory. */
  readonly shared: ReadonlySet<string>
  /** The word only the last document holds: found once the backfill reached the end. */
  readonly lastMarker: string
}

/** The marker word of document `index` (letters and digits: one word for the search). */
function markerOf(index: number): string {
  return `dossier${index}x`
}

/**
 * Appends `count` documents to the data directory `dataDir`, dealt over its spaces of kind `clpe`
 * (one in {@link SHARED_EVERY} shared with all), each with a title and about ten paragraphs.
 */
export async function writeSearchDataSet(
  dataDir: string,
  count: number,
  nowMs: number,
): Promise<SearchDataSet> {
  const path = join(dataDir, METADATA_FILE)
  const data = JSON.parse(await readFile(path, 'utf8')) as {
    spaces: { id: string; kind: string }[]
    documents: unknown[]
  }
  const clpeIds = data.spaces.filter((space) => space.kind === 'clpe').map((space) => space.id)
  const documentsDir = join(dataDir, 'documents')
  await mkdir(documentsDir, { recursive: true })
  const shared = new Set<string>()
  const at = new Date(nowMs - DAY_MS).toISOString()
  for (let index = 0; index < count; index += 1) {
    const id = `bench-recherche-${index}`
    const spaceId = clpeIds[index % clpeIds.length] ?? 'clpe-59004'
    const kind = KINDS[index % KINDS.length] ?? 'note'
    // Not `index % 10`: with 26 spaces, a space would only get every other subject.
    const subject = SUBJECTS[Math.floor(index / 7) % SUBJECTS.length] ?? SUBJECTS[0]
    const place = PLACES[index % PLACES.length] ?? 'Lille'
    const title = `${subject} à ${place} (${index})`
    const sharedWithAll = index % SHARED_EVERY === 0
    if (sharedWithAll) shared.add(id)
    data.documents.push({
      id,
      spaceId,
      kind,
      title,
      sharedWithAll,
      createdBy: 'account-bench',
      createdAt: at,
      updatedAt: at,
    })
    await writeFile(
      join(documentsDir, `${id}.json`),
      JSON.stringify({
        schemaVersion: SNAPSHOT_SCHEMA_VERSION,
        id,
        state: Buffer.from(documentState(title, kind, index)).toString('base64'),
        compactedAt: at,
      }),
    )
  }
  await writeFile(path, JSON.stringify(data))
  return { documents: count, shared, lastMarker: markerOf(count - 1) }
}

/** The Yjs state of a document: its title, kind, and paragraphs of the body as the editor writes them. */
function documentState(title: string, kind: string, index: number): Uint8Array {
  const doc = new Y.Doc()
  doc.getText('title').insert(0, title)
  doc.getMap('meta').set('kind', kind)
  const body = doc.getXmlFragment('body')
  const paragraphs: Y.XmlElement[] = []
  for (let line = 0; line < 10; line += 1) {
    const paragraph = new Y.XmlElement('paragraph')
    const sentence = SENTENCES[(index * 7 + line * 3) % SENTENCES.length] ?? SENTENCES[0]
    paragraph.insert(0, [new Y.XmlText(sentence)])
    paragraphs.push(paragraph)
  }
  const reference = new Y.XmlElement('paragraph')
  reference.insert(0, [new Y.XmlText(`Référence du dossier : ${markerOf(index)}.`)])
  paragraphs.push(reference)
  body.insert(0, paragraphs)
  const state = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return state
}
