import { describe, expect, it } from 'vitest'
import type { QualityLevel } from '../../QualityReport.ts'
import {
  APRIL_15_2025_MS,
  JOB_DATING_CLOSED_RAW,
  JOB_DATING_RAW,
  JOB_DATING_TITLE,
  ficheValues,
} from '../ficheActionFixtures.ts'
import { scoreFicheAction } from './scoreFicheAction.ts'

interface Flip {
  /** The criterion id. */
  readonly id: string
  readonly rule: string
  /** Changes to the good fiche (closed with its bilan) that keep the criterion a point fort. */
  readonly pass?: Record<string, unknown>
  /** Changes that break it, and the level expected then. */
  readonly fail: Record<string, unknown>
  readonly level: QualityLevel
  readonly title?: { readonly pass: string; readonly fail: string }
  readonly now?: number
}

const words = (count: number, word = 'chômeurs'): string =>
  Array.from({ length: count }, (_, index) => `${word}${index}`).join(' ')
const actors = (count: number, withRoles: number): unknown[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `a${index}`,
    order: index,
    nom: `Acteur ${index}`,
    role: index < withRoles ? 'partenaire' : '',
  }))
const steps = (count: number): unknown[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `e${index}`,
    order: index,
    libelle: `Étape ${index}`,
  }))
const resultIndicator = (extra: Record<string, unknown>): unknown[] => [
  { id: 'i', order: 1, niveau: 'resultat', libelle: 'Recrutements', ...extra },
]

const flips: readonly Flip[] = [
  {
    id: 'titre-longueur',
    rule: 'titre de 12 mots au plus',
    fail: {},
    level: 'axe-de-progres',
    title: { pass: words(12, 'mot'), fail: words(17, 'mot') },
  },
  {
    id: 'problematique-longueur',
    rule: 'problématique de 40 mots au moins',
    pass: { problematique: `${words(39)} 12` },
    fail: { problematique: `${words(38)} 12` },
    level: 'a-consolider',
  },
  {
    id: 'problematique-chiffree',
    rule: 'problématique chiffrée',
    fail: { problematique: 'Les employeurs du littoral peinent à recruter des saisonniers.' },
    level: 'a-consolider',
  },
  {
    id: 'problematique-distincte',
    rule: 'problématique distincte de la description',
    fail: { problematique: JOB_DATING_RAW.description },
    level: 'axe-de-progres',
  },
  {
    id: 'description-longueur',
    rule: 'description de 60 mots au moins',
    pass: { description: words(60, 'atelier') },
    fail: { description: words(29, 'atelier') },
    level: 'axe-de-progres',
  },
  {
    id: 'description-jargon',
    rule: 'sans jargon',
    fail: {
      description: `${String(JOB_DATING_RAW.description)} Les leviers de l’écosystème local.`,
    },
    level: 'axe-de-progres',
  },
  {
    id: 'publics-cibles',
    rule: 'deux publics au plus',
    pass: { publicsCibles: { jeunes: true } },
    fail: { publicsCibles: { jeunes: true, de: true, qpv: true } },
    level: 'a-consolider',
  },
  {
    id: 'thematiques',
    rule: 'quatre thématiques au plus',
    pass: { thematiques: { recrutement: true, mobilite: true, formation: true, logement: true } },
    fail: {
      thematiques: {
        recrutement: true,
        mobilite: true,
        formation: true,
        logement: true,
        sante: true,
      },
    },
    level: 'a-consolider',
  },
  {
    id: 'dates',
    rule: 'dates cohérentes',
    fail: { dateFin: '2025-02-01' },
    level: 'axe-de-progres',
  },
  {
    id: 'dates',
    rule: 'statut à jour après la date de fin',
    pass: { statut: 'en-cours' },
    fail: { statut: 'en-cours' },
    level: 'a-consolider',
    now: Date.UTC(2025, 8, 1),
  },
  {
    id: 'acteurs-roles',
    rule: 'six acteurs au moins',
    pass: { acteurs: actors(6, 3) },
    fail: { acteurs: actors(5, 5) },
    level: 'a-consolider',
  },
  {
    id: 'acteurs-roles',
    rule: 'rôles pour la moitié des acteurs',
    pass: { acteurs: actors(8, 4) },
    fail: { acteurs: actors(8, 3) },
    level: 'a-consolider',
  },
  {
    id: 'etapes',
    rule: 'trois étapes au moins',
    pass: { etapes: steps(3) },
    fail: { etapes: steps(2) },
    level: 'a-consolider',
  },
  {
    id: 'etapes',
    rule: 'pas d’étapes exigées pour 60 jours ou moins',
    pass: { etapes: [], dateDebut: '2025-03-01', dateFin: '2025-04-30' },
    fail: { etapes: [], dateDebut: '2025-03-01', dateFin: '2025-05-01' },
    level: 'axe-de-progres',
  },
  {
    id: 'indicateurs-smart',
    rule: 'indicateurs de résultat chiffrés et datés',
    pass: { indicateurs: resultIndicator({ cible: 30, dateCible: '2025-06-30' }) },
    fail: { indicateurs: resultIndicator({ cible: 30 }) },
    level: 'axe-de-progres',
  },
  {
    id: 'indicateurs-resultat',
    rule: 'au moins un indicateur de résultat ou d’impact',
    pass: { indicateurs: [{ id: 'i', order: 1, niveau: 'impact', libelle: 'Emplois durables' }] },
    fail: { indicateurs: [{ id: 'i', order: 1, niveau: 'realisation', libelle: 'Sessions' }] },
    level: 'a-consolider',
  },
  {
    id: 'nombre-beneficiaires',
    rule: 'nombre de bénéficiaires',
    fail: { nombreBeneficiaires: null },
    level: 'axe-de-progres',
  },
  {
    id: 'ressources',
    rule: 'ressources décrites',
    fail: { ressources: 'Deux conseillers.' },
    level: 'a-consolider',
  },
  {
    id: 'points-de-vigilance',
    rule: 'points de vigilance notés',
    fail: { pointsDeVigilance: ' ' },
    level: 'axe-de-progres',
  },
  {
    id: 'bilan-resultats',
    rule: 'résultats chiffrés au bilan',
    fail: { resultatsChiffres: 'Beaucoup de recrutements.' },
    level: 'a-consolider',
  },
  {
    id: 'bilan-enseignements',
    rule: 'enseignements',
    fail: { enseignements: '' },
    level: 'axe-de-progres',
  },
  {
    id: 'bilan-efficacite',
    rule: 'efficacité auto-évaluée',
    pass: { efficacite: 0 },
    fail: { efficacite: null },
    level: 'axe-de-progres',
  },
  {
    id: 'bilan-reconduction',
    rule: 'reconduction',
    pass: { reconduction: 'non' },
    fail: { reconduction: '' },
    level: 'axe-de-progres',
  },
  {
    id: 'bilan-transposabilite',
    rule: 'transposabilité',
    fail: { transposabilite: '' },
    level: 'axe-de-progres',
  },
  {
    id: 'bilan-valorisation',
    rule: 'valorisation',
    fail: { valorisation: '' },
    level: 'axe-de-progres',
  },
  {
    id: 'typologie-impact',
    rule: 'accès à l’emploi valorisé',
    fail: { typologieImpact: 'levee-de-freins' },
    level: 'a-consolider',
  },
  {
    id: 'solutions-mobilisees',
    rule: 'solutions mobilisées décrites',
    fail: { solutionsMobilisees: 'PMSMP.' },
    level: 'a-consolider',
  },
  {
    id: 'theorie-du-changement',
    rule: 'théorie du changement complète',
    pass: { tdcHypothese3: '', tdcHypothese4: '' },
    fail: { tdcHypothese2: '', tdcHypothese3: '', tdcHypothese4: '' },
    level: 'a-consolider',
  },
]

function levelOf(
  id: string,
  raw: Record<string, unknown>,
  title: string,
  now: number,
): QualityLevel | undefined {
  const report = scoreFicheAction(ficheValues(raw), { now, title })
  return report.criteria.find((criterion) => criterion.id === id)?.level
}

describe('each rule of the quality grid', () => {
  it.each(flips)('$id flips on « $rule »', (flip) => {
    const now = flip.now ?? APRIL_15_2025_MS
    const base = flip.now === undefined ? JOB_DATING_CLOSED_RAW : JOB_DATING_RAW
    const passRaw = { ...base, ...flip.pass }
    // A rule that depends on time passes at the fixture's date and fails at `flip.now`.
    const passLevel = levelOf(
      flip.id,
      passRaw,
      flip.title?.pass ?? JOB_DATING_TITLE,
      APRIL_15_2025_MS,
    )
    expect(passLevel).toBe('point-fort')
    expect(
      levelOf(flip.id, { ...base, ...flip.fail }, flip.title?.fail ?? JOB_DATING_TITLE, now),
    ).toBe(flip.level)
  })

  it('leaves the bilan out before the fiche is closed, and scores it once abandoned', () => {
    const ongoing = scoreFicheAction(ficheValues({ ...JOB_DATING_RAW }), {
      now: APRIL_15_2025_MS,
      title: JOB_DATING_TITLE,
    })
    const abandoned = scoreFicheAction(ficheValues({ ...JOB_DATING_RAW, statut: 'abandonnee' }), {
      now: APRIL_15_2025_MS,
      title: JOB_DATING_TITLE,
    })
    expect(ongoing.score).toBe(100)
    expect(abandoned.criteria.filter((criterion) => criterion.category === 'bilan')).toHaveLength(6)
    expect(abandoned.score).toBe(75)
  })

  it('gives less to information than to levée de freins', () => {
    const points = (typologieImpact: string): number | undefined =>
      scoreFicheAction(ficheValues({ ...JOB_DATING_RAW, typologieImpact }), {
        now: APRIL_15_2025_MS,
        title: JOB_DATING_TITLE,
      }).criteria.find((criterion) => criterion.id === 'typologie-impact')?.points
    expect([
      points('acces-emploi'),
      points('levee-de-freins'),
      points('information'),
      points(''),
    ]).toEqual([8, 4, 2, 0])
  })
})
