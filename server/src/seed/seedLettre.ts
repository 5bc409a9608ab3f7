import * as Y from 'yjs'
import { DocumentKind, DocumentRoot, REGIONAL_SPACE_IDS, clpeSpaceId } from '@maillage/schema'
import { parseDocumentId, type RichTextJson } from '@maillage/protocol'
import type { Actor } from '../auth/Actor.ts'
import type { Services } from '../composition/Services.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import { writeRichText } from '../documents/writeRichText.ts'
import { PUBLICATION_META_KEY } from '../lettre/lettreEdition.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import { parisDayOf } from '../pilotage/bilan/formatFrenchDay.ts'

const ADMIN = 'admin@demo.maillage.fr'
const DAY_MS = 24 * 60 * 60 * 1000
/** How long ago the demo's numéro 1 came out, in days. */
const NUMERO_1_AGE_DAYS = 30
const LILLE = clpeSpaceId('CLPE59004')
const LENS = clpeSpaceId('CLPE62005')

async function actorOf(store: MetadataStore, email: string): Promise<Actor | null> {
  const account = await store.findAccountByEmail(email)
  if (account === null) return null
  const memberships = await store.listMembershipsOfAccount(account.id)
  return {
    account,
    via: 'session',
    roles: new Map(memberships.map((membership) => [membership.spaceId, membership.role])),
  }
}

/** The first live fiche action of a CLPE, as the index lists it. */
async function ficheOf(store: MetadataStore, spaceId: DocumentRecord['spaceId']) {
  const records = await store.listDocumentsOfSpace(spaceId)
  return records.find(
    (record) => record.kind === DocumentKind.FicheAction && record.archivedAt === undefined,
  )
}

function link(text: string, href: string): RichTextJson {
  return { type: 'text', text, marks: [{ type: 'link', attrs: { href } }] }
}

function paragraph(...content: RichTextJson[]): RichTextJson {
  return { type: 'paragraph', content }
}

/** A source of the synthèse: its text fields as Y.Text (as the list editor makes them), its type a choice. */
function sourceItem(order: number, libelle: string, reference: string): Y.Map<unknown> {
  const item = new Y.Map<unknown>()
  item.set('id', crypto.randomUUID())
  item.set('order', order)
  item.set('libelle', new Y.Text(libelle))
  item.set('type', 'document')
  item.set('reference', new Y.Text(reference))
  item.set('lien', new Y.Text(''))
  return item
}

async function seedSynthese(
  services: Services,
  content: DocumentContent,
  actor: Actor,
  fiches: readonly DocumentRecord[],
): Promise<void> {
  const [first, second] = fiches
  if (first === undefined || second === undefined) return
  const record = await services.documents.create(actor, {
    spaceId: REGIONAL_SPACE_IDS.regional,
    kind: DocumentKind.Synthese,
    title: 'Synthèse : lever les freins à l’emploi, ce que montrent les actions des CLPE',
  })
  await content.change(record.id, (doc) => {
    const sources = doc.getMap<unknown>(DocumentRoot.Fields).get('sources')
    if (sources instanceof Y.Array) {
      sources.push([sourceItem(1, first.title, first.id), sourceItem(2, second.title, second.id)])
    }
    const body = doc.getXmlFragment(DocumentRoot.Body)
    body.delete(0, body.length)
    writeRichText(body, {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'En bref' }] },
        paragraph(
          {
            type: 'text',
            text: 'Les actions les plus efficaces lèvent d’abord un frein concret (',
          },
          link(first.title, `/documents/${first.id}`),
          { type: 'text', text: ') avant de proposer un emploi (' },
          link(second.title, `/documents/${second.id}`),
          { type: 'text', text: ').' },
        ),
      ],
    })
  })
  await services.indexer.reindex(record.id, actor.account.id)
}

/**
 * The demo lettre d’information and synthèse: two fiches action put forward by their CLPE (Lille
 * and Lens share one each with all territories), numéro 1 prepared, proof-read and published by
 * the demo admin (nobody is subscribed yet: no mail), numéro 2 prepared and left in preparation,
 * and a synthèse de rapports of the espace régional citing the two fiches. Does nothing without
 * the demo accounts.
 */
export async function seedLettre(
  services: Services,
  options: {
    readonly store: MetadataStore
    readonly content: DocumentContent
    /** The seed's time, in ms: numéro 1 is dated a month before. */
    readonly now: number
  },
): Promise<void> {
  const { store, content, now } = options
  const admin = await actorOf(store, ADMIN)
  if (admin === null) return
  const fiches: DocumentRecord[] = []
  for (const spaceId of [LILLE, LENS]) {
    const fiche = await ficheOf(store, spaceId)
    if (fiche !== undefined) fiches.push(await services.documents.share(fiche, true))
  }
  const first = await services.lettres.prepare(admin, {})
  const firstId = parseDocumentId(first.documentId)
  await services.lettres.proofread(admin, first.documentId)
  await services.lettres.publish(admin, first.documentId)
  // Numéro 1 came out a month ago, so that numéro 2 gathers what the demo holds since (the past
  // atelier and its replay among them).
  const month = new Date(now - NUMERO_1_AGE_DAYS * DAY_MS).toISOString()
  await content.change(firstId, (doc) => {
    doc.getMap<unknown>(DocumentRoot.Fields).set('dateParution', parisDayOf(Date.parse(month)))
    const meta = doc.getMap<unknown>(DocumentRoot.Meta)
    const publication = meta.get(PUBLICATION_META_KEY)
    if (typeof publication === 'object' && publication !== null) {
      meta.set(PUBLICATION_META_KEY, { ...publication, at: month })
    }
  })
  await services.indexer.reindex(firstId, admin.account.id)
  await services.lettres.prepare(admin, {})
  await seedSynthese(services, content, admin, fiches)
}
