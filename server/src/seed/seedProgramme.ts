import { randomUUID } from 'node:crypto'
import { DocumentKind, REGIONAL_SPACE_IDS } from '@maillage/schema'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import type { ProgrammeLine, ProgrammeLineKind } from '../persistence/records/ProgrammeLine.ts'
import type { ProgrammeLinkKind } from '../persistence/records/ProgrammeLink.ts'
import { ProgrammeStep, type ProgrammeVersion } from '../persistence/records/ProgrammeVersion.ts'

/** Whose account proposes the demo programme: the regional team's demo admin. */
const PROPOSER_EMAIL = 'admin@demo.maillage.fr'

interface SeedLine {
  readonly partner: string
  readonly kind: ProgrammeLineKind
  readonly title: string
  readonly description: string
  readonly audience?: string
  readonly period?: string
  readonly targetClpeCount?: number
  /** The seeded atelier or fiche outil that carries the line out, by its title. */
  readonly carriedOutBy?: { kind: ProgrammeLinkKind; title: string }
}

/** The demo programme's lines: the coordinated offer of five partners (DOMAIN.md, mission 1–6). */
const SEED_LINES: readonly SeedLine[] = [
  {
    partner: 'CARIF-OREF C2RP',
    kind: 'webinaire',
    title: 'Webinaires sur les enjeux régionaux : REV3, COP emploi-compétences',
    description:
      'Un cycle de webinaires sur les transitions et leurs métiers, par bassin d’emploi.',
    audience: 'Membres des CLPE',
    period: 'Septembre 2027 – juin 2028',
    targetClpeCount: 26,
    carriedOutBy: {
      kind: 'atelier',
      title: 'Filières REV3 : quels métiers demain dans le Bassin minier ?',
    },
  },
  {
    partner: 'CARIF-OREF C2RP',
    kind: 'atelier',
    title: 'Ateliers virtuels « Construire la feuille de route »',
    description:
      'Des ateliers pour passer du diagnostic partagé aux priorités et aux fiches action.',
    audience: 'Appuis opérationnels France Travail et co-présidences',
    period: 'Octobre – décembre 2027',
    targetClpeCount: 20,
    carriedOutBy: {
      kind: 'atelier',
      title: 'COP emploi-compétences : construire la feuille de route',
    },
  },
  {
    partner: 'CARIF-OREF C2RP',
    kind: 'outil',
    title: 'Boîte à outils partagée du réseau',
    description: 'Le catalogue des outils existants, administré par l’équipe régionale.',
    targetClpeCount: 26,
    carriedOutBy: { kind: 'outil', title: 'C2RP — études et glossaire' },
  },
  {
    partner: 'CARIF-OREF C2RP',
    kind: 'livrable',
    title: 'Lettre d’information et synthèses de la veille',
    description: 'Un numéro par trimestre, avec les synthèses des ateliers et de la veille.',
    period: 'Trimestriel',
  },
  {
    partner: 'France Travail',
    kind: 'outil',
    title: 'Accès aux données du TDB RPE',
    description: 'Prise en main du tableau de bord du Réseau pour l’emploi par les CLPE.',
    audience: 'Appuis opérationnels',
    targetClpeCount: 26,
    carriedOutBy: { kind: 'outil', title: 'TDB RPE — tableau de bord du Réseau pour l’emploi' },
  },
  {
    partner: 'France Travail',
    kind: 'appui-methodologique',
    title: 'Appui à la lecture des BMO',
    description: 'Lire les besoins en main-d’œuvre de son territoire et en tirer des priorités.',
    period: 'Printemps 2028',
    targetClpeCount: 15,
    carriedOutBy: {
      kind: 'atelier',
      title: 'Anticiper les compétences : lire les BMO de son territoire',
    },
  },
  {
    partner: 'France Travail',
    kind: 'webinaire',
    title: 'Les dispositifs de droit commun mobilisables',
    description:
      'Orientation, insertion, formation, emploi : qui fait quoi, comment les mobiliser.',
    targetClpeCount: 26,
    carriedOutBy: { kind: 'atelier', title: 'Mobiliser les dispositifs de droit commun' },
  },
  {
    partner: 'Région Hauts-de-France',
    kind: 'appui-methodologique',
    title: 'Articuler feuilles de route des CLPE et stratégie régionale de formation',
    description: 'Un appui pour relier les priorités locales au PRIC et aux achats de formation.',
    audience: 'Co-présidences des CLPE',
    period: '2028',
    targetClpeCount: 10,
  },
  {
    partner: 'Région Hauts-de-France',
    kind: 'livrable',
    title: 'Cartographie de l’offre de formation par bassin',
    description: 'Une carte de l’offre de formation financée, mise à jour chaque semestre.',
  },
  {
    partner: 'DREETS Hauts-de-France',
    kind: 'atelier',
    title: 'Mesurer l’impact des actions',
    description: 'Passer d’une logique de résultats à une logique de mesure d’impact.',
    audience: 'Membres des CLPE',
    targetClpeCount: 26,
    carriedOutBy: {
      kind: 'atelier',
      title: 'Mesurer l’impact des actions : de la réalisation au résultat',
    },
  },
  {
    partner: 'DREETS Hauts-de-France',
    kind: 'outil',
    title: 'Indicateurs de tension sur le marché du travail',
    description: 'Les indicateurs de la DARES déclinés par zone d’emploi.',
    carriedOutBy: {
      kind: 'outil',
      title: 'DARES — indicateurs de tension sur le marché du travail',
    },
  },
  {
    partner: 'Missions locales (ARML)',
    kind: 'appui-methodologique',
    title: 'Repérage des jeunes NEET',
    description: 'Méthodes de repérage et d’aller-vers partagées entre missions locales et CLPE.',
    audience: 'Jeunes de moins de 26 ans',
    period: '2028',
    targetClpeCount: 12,
  },
]

/**
 * Seeds the demo programme d'accompagnement: its first version, « proposé » by the regional team,
 * whose lines are linked to the seeded ateliers and fiches outil that carry them out. Run after the
 * toolbox and the ateliers; does nothing when a version exists or the demo admin is missing.
 */
export async function seedProgramme(store: MetadataStore, now: string): Promise<void> {
  if ((await store.programme.listVersions()).length > 0) return
  const proposer = await store.findAccountByEmail(PROPOSER_EMAIL)
  if (proposer === null) return
  const version: ProgrammeVersion = {
    id: randomUUID(),
    number: 1,
    title: 'Programme d’accompagnement des CLPE 2027–2028',
    status: ProgrammeStep.Propose,
    createdAt: now,
    createdBy: proposer.id,
    history: [{ step: ProgrammeStep.Propose, at: now, byId: proposer.id, byName: proposer.name }],
  }
  const lines: ProgrammeLine[] = SEED_LINES.map((seed, position) => ({
    id: randomUUID(),
    versionId: version.id,
    lineKey: randomUUID(),
    position,
    partner: seed.partner,
    kind: seed.kind,
    title: seed.title,
    description: seed.description,
    ...(seed.audience === undefined ? {} : { audience: seed.audience }),
    ...(seed.period === undefined ? {} : { period: seed.period }),
    ...(seed.targetClpeCount === undefined ? {} : { targetClpeCount: seed.targetClpeCount }),
  }))
  await store.programme.createVersion(version, lines)
  const targets = await store.listDocumentsOfKinds([DocumentKind.Atelier, DocumentKind.Outil])
  for (const [index, seed] of SEED_LINES.entries()) {
    const line = lines[index]
    const target = seed.carriedOutBy && findTarget(targets, seed.carriedOutBy)
    if (line === undefined || target === undefined) continue
    await store.programme.createLink({
      id: randomUUID(),
      lineKey: line.lineKey,
      lineId: line.id,
      target: { kind: seed.carriedOutBy?.kind ?? 'document', id: target.id },
      createdAt: now,
      createdBy: proposer.id,
    })
  }
}

function findTarget(
  documents: readonly DocumentRecord[],
  wanted: { kind: ProgrammeLinkKind; title: string },
): DocumentRecord | undefined {
  return documents.find(
    (document) =>
      document.title === wanted.title &&
      (wanted.kind === 'atelier'
        ? document.kind === DocumentKind.Atelier
        : document.kind === DocumentKind.Outil && document.spaceId === REGIONAL_SPACE_IDS.regional),
  )
}
