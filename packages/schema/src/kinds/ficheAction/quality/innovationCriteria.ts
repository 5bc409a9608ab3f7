import type { FieldValues } from '../../FieldValues.ts'
import type { QualityCriterion } from '../../QualityReport.ts'
import { stringValue } from '../../fields/fieldValue.ts'
import { TDC_CHAIN_FIELDS, TDC_HYPOTHESIS_FIELDS } from '../theorieDuChangementSection.ts'
import { assessCriterion } from './assessCriterion.ts'
import { countWords } from './textMeasures.ts'

/** Fewest words for the solutions mobilisées to be a point fort. */
export const MIN_SOLUTIONS_WORDS = 15
/** Fewest hypotheses of a complete théorie du changement. */
export const MIN_TDC_HYPOTHESES = 2

/** Assesses the impact typology: access to employment (3) is valued most. */
export function assessTypologie(values: FieldValues): QualityCriterion {
  const rule = {
    id: 'typologie-impact',
    category: 'innovation',
    label: 'Typologie d’impact',
    maxPoints: 8,
  } as const
  switch (stringValue(values, 'typologieImpact')) {
    case 'acces-emploi':
      return assessCriterion(rule, 'point-fort', 'L’action vise l’accès à l’emploi (niveau 3).')
    case 'levee-de-freins':
      return assessCriterion(
        rule,
        'a-consolider',
        'L’action lève des freins (niveau 2) : prévoyez le passage vers l’emploi (mise en relation, recrutement).',
        4,
      )
    case 'information':
      return assessCriterion(
        rule,
        'a-consolider',
        'L’action informe (niveau 1) : prolongez-la vers la levée des freins ou l’accès à l’emploi.',
        2,
      )
    default:
      return assessCriterion(
        rule,
        'axe-de-progres',
        'Choisissez la typologie d’impact : information, levée de freins ou accès à l’emploi.',
      )
  }
}

/** Assesses the description of the solutions mobilised. */
export function assessSolutions(values: FieldValues): QualityCriterion {
  const rule = {
    id: 'solutions-mobilisees',
    category: 'innovation',
    label: 'Solutions mobilisées',
    maxPoints: 6,
  } as const
  const words = countWords(stringValue(values, 'solutionsMobilisees'))
  if (words >= MIN_SOLUTIONS_WORDS)
    return assessCriterion(rule, 'point-fort', 'Solutions mobilisées décrites.')
  const hint =
    'Décrivez les dispositifs et outils mobilisés (PMSMP, POEI, CEJ, aides à la mobilité…) et ce qu’ils apportent.'
  return assessCriterion(rule, words > 0 ? 'a-consolider' : 'axe-de-progres', hint)
}

/** Assesses the théorie du changement: five links filled and at least two hypotheses. */
export function assessTheorieDuChangement(values: FieldValues): QualityCriterion {
  const rule = {
    id: 'theorie-du-changement',
    category: 'innovation',
    label: 'Théorie du changement',
    maxPoints: 6,
  } as const
  const filled = (name: string): boolean => stringValue(values, name).trim() !== ''
  const links = TDC_CHAIN_FIELDS.filter(filled).length
  const hypotheses = TDC_HYPOTHESIS_FIELDS.filter(filled).length
  if (links === TDC_CHAIN_FIELDS.length && hypotheses >= MIN_TDC_HYPOTHESES) {
    return assessCriterion(
      rule,
      'point-fort',
      'Théorie du changement complète, hypothèses explicitées.',
    )
  }
  const hint = `Reliez problème, activités, réalisations, résultats et impact (${links} sur 5) et explicitez au moins ${MIN_TDC_HYPOTHESES} hypothèses (${hypotheses} aujourd’hui).`
  return assessCriterion(rule, links >= 3 ? 'a-consolider' : 'axe-de-progres', hint)
}
