import type { DocumentId } from '@maillage/protocol'
import { DocumentKind, DocumentRoot, kindDefinition, type SpaceId } from '@maillage/schema'
import type { DocumentContent } from '../../documents/DocumentContent.ts'
import type { DocumentService } from '../../documents/DocumentService.ts'
import type { MetadataStore } from '../../persistence/MetadataStore.ts'
import type { ClpeSeed, FicheSeed, IndicatorSeed } from './PilotageSeed.ts'
import type { SeedAuthor } from './seedAuthors.ts'
import { dayFrom, timeFrom } from './seedDays.ts'
import { writeListItems, type ItemSeed } from './writeListItems.ts'

/** What the demo seed writes with. */
export interface PilotageSeedContext {
  readonly store: MetadataStore
  readonly documents: DocumentService
  readonly content: DocumentContent
  readonly indexer: {
    reindex(documentId: DocumentId, editorAccountId: string | null): Promise<void>
  }
  readonly nowMs: number
  readonly authorOf: (email: string | undefined) => Promise<SeedAuthor>
}

const ficheActionKind = kindDefinition(DocumentKind.FicheAction)
const feuilleDeRouteKind = kindDefinition(DocumentKind.FeuilleDeRoute)

function ticks(values: readonly string[]): Record<string, boolean> {
  return Object.fromEntries(values.map((value) => [value, true]))
}

/** Days of entry: a few days after the measure, never after the seed day. */
const ENTRY_DELAY_DAYS = 3

function indicatorItem(
  indicator: IndicatorSeed,
  seed: FicheSeed,
  context: PilotageSeedContext,
  author: SeedAuthor,
): ItemSeed {
  const day = (inDays: number) => dayFrom(context.nowMs, inDays)
  return {
    niveau: indicator.niveau,
    libelle: indicator.libelle,
    unite: indicator.unite,
    source: indicator.source,
    geographie: 'Périmètre du CLPE',
    frequence: indicator.frequence ?? 'mensuelle',
    ...(indicator.reference === undefined
      ? {}
      : { valeurReference: indicator.reference, dateReference: day(seed.debut) }),
    cible: indicator.cible,
    dateCible: day(indicator.cibleDans),
    ...(indicator.kpi === undefined ? {} : { kpi: indicator.kpi }),
    mesures: indicator.mesures.map(([inDays, valeur, commentaire]) => ({
      date: day(inDays),
      valeur,
      ...(commentaire === undefined ? {} : { commentaire }),
      saisiePar: author.name,
      saisieLe: day(Math.min(0, inDays + ENTRY_DELAY_DAYS)),
    })),
  }
}

/** The scalar fields of a fiche, written at its creation. */
function ficheFields(seed: FicheSeed, nowMs: number): Record<string, unknown> {
  const bilan = seed.bilan
  return {
    cadre: seed.priorite === undefined ? 'autre-plan' : 'feuille-de-route',
    ...(seed.priorite === undefined ? {} : { cadrePrecision: seed.priorite }),
    problematique: seed.problematique,
    description: seed.description,
    publicsCibles: ticks(seed.publics),
    thematiques: ticks(seed.thematiques),
    ...(seed.solutions === undefined ? {} : { solutionsMobilisees: seed.solutions }),
    ...(seed.ressources === undefined ? {} : { ressources: seed.ressources }),
    dateDebut: dayFrom(nowMs, seed.debut),
    dateFin: dayFrom(nowMs, seed.fin),
    ...(seed.beneficiaires === undefined ? {} : { nombreBeneficiaires: seed.beneficiaires }),
    ...(seed.vigilance === undefined ? {} : { pointsDeVigilance: seed.vigilance }),
    typologieImpact: seed.typologie,
    statut: seed.statut,
    ...(bilan === undefined
      ? {}
      : {
          resultatsChiffres: bilan.resultatsChiffres,
          enseignements: bilan.enseignements,
          efficacite: bilan.efficacite,
          reconduction: bilan.reconduction,
          ...(bilan.transposabilite === undefined
            ? {}
            : { transposabilite: bilan.transposabilite }),
          ...(bilan.valorisation === undefined ? {} : { valorisation: bilan.valorisation }),
        }),
  }
}

/**
 * Writes one demo fiche action as its author would: created through `DocumentService` with its
 * fields, its lists (acteurs, étapes, indicateurs with their dated measurements) written in its
 * Y.Doc, then indexed as that person's edit; a stale one gets an older last change afterwards.
 */
export async function writeFicheSeed(
  context: PilotageSeedContext,
  spaceId: SpaceId,
  seed: FicheSeed,
): Promise<DocumentId> {
  const author = await context.authorOf(seed.by)
  const record = await context.documents.create(author.actor, {
    spaceId,
    kind: DocumentKind.FicheAction,
    title: seed.title,
    fields: ficheFields(seed, context.nowMs),
  })
  const day = (inDays: number) => dayFrom(context.nowMs, inDays)
  await context.content.change(record.id, (doc) => {
    const fields = doc.getMap<unknown>(DocumentRoot.Fields)
    writeListItems(
      fields,
      ficheActionKind,
      'acteurs',
      seed.acteurs.map(([nom, role]) => ({ nom, role })),
    )
    writeListItems(
      fields,
      ficheActionKind,
      'etapes',
      seed.etapes.map(([libelle, echeance, statut]) => ({
        libelle,
        echeance: day(echeance),
        statut,
      })),
    )
    writeListItems(
      fields,
      ficheActionKind,
      'indicateurs',
      seed.indicateurs.map((indicator) => indicatorItem(indicator, seed, context, author)),
    )
  })
  await context.indexer.reindex(record.id, author.accountId)
  if (seed.staleSinceDays !== undefined) {
    await context.store.updateDocument(record.id, {
      updatedAt: timeFrom(context.nowMs, -seed.staleSinceDays),
    })
  }
  return record.id
}

/**
 * Writes the feuille de route of the year of a CLPE (statut validée): its priorities and the
 * fiches action it links, each with the priority it serves; indexed as its author's edit.
 */
export async function writeFeuilleDeRouteSeed(
  context: PilotageSeedContext,
  spaceId: SpaceId,
  clpe: ClpeSeed,
  fiches: readonly { readonly id: DocumentId; readonly seed: FicheSeed }[],
): Promise<DocumentId | null> {
  const plan = clpe.feuilleDeRoute
  if (plan === undefined) return null
  const author = await context.authorOf(plan.by)
  const year = Number(dayFrom(context.nowMs, 0).slice(0, 4))
  const record = await context.documents.create(author.actor, {
    spaceId,
    kind: DocumentKind.FeuilleDeRoute,
    title: `Feuille de route ${year}`,
    fields: { annee: year, statut: 'validee', bilanAnneePrecedente: plan.bilanAnneePrecedente },
  })
  await context.content.change(record.id, (doc) => {
    const fields = doc.getMap<unknown>(DocumentRoot.Fields)
    writeListItems(
      fields,
      feuilleDeRouteKind,
      'priorites',
      plan.priorites.map(([libelle, objectifs]) => ({ libelle, objectifs })),
    )
    writeListItems(
      fields,
      feuilleDeRouteKind,
      'fichesAction',
      fiches
        .filter((fiche) => fiche.seed.priorite !== undefined)
        .map((fiche) => ({ fiche: fiche.id, priorite: fiche.seed.priorite ?? '' })),
    )
  })
  await context.indexer.reindex(record.id, author.accountId)
  return record.id
}
