import type { FieldValues } from '../../FieldValues.ts'
import type { QualityCriterion } from '../../QualityReport.ts'
import { numberValue, stringValue } from '../../fields/fieldValue.ts'
import { assessCriterion } from './assessCriterion.ts'
import { countWords, hasFigure } from './textMeasures.ts'

/** Fewest words for the enseignements to be a point fort. */
export const MIN_ENSEIGNEMENTS_WORDS = 15

function isFilled(values: FieldValues, name: string): boolean {
  return stringValue(values, name).trim() !== ''
}

/**
 * Assesses the bilan of a closed fiche (terminée or abandonnée): résultats chiffrés, enseignements,
 * efficacité, reconduction, transposabilité and valorisation (25 points).
 */
export function assessBilan(values: FieldValues): readonly QualityCriterion[] {
  return [
    assessResultats(values),
    assessEnseignements(values),
    assessEfficacite(values),
    assessFilledChoice(values),
    assessProse(values, {
      id: 'bilan-transposabilite',
      field: 'transposabilite',
      label: 'Transposabilité',
      good: 'Conditions de transposition décrites.',
      hint: 'Dites à quelles conditions un autre territoire peut reprendre l’action.',
    }),
    assessProse(values, {
      id: 'bilan-valorisation',
      field: 'valorisation',
      label: 'Valorisation',
      good: 'Valorisation de l’action décrite.',
      hint: 'Dites comment l’action a été fait connaître (lettre, CoRE, presse, partage avec d’autres CLPE).',
    }),
  ]
}

function assessResultats(values: FieldValues): QualityCriterion {
  const rule = {
    id: 'bilan-resultats',
    category: 'bilan',
    label: 'Résultats chiffrés',
    maxPoints: 7,
  } as const
  const text = stringValue(values, 'resultatsChiffres')
  if (hasFigure(text)) return assessCriterion(rule, 'point-fort', 'Résultats chiffrés au bilan.')
  const hint =
    'Chiffrez les résultats atteints au regard des cibles (ex. : « 28 recrutements pour 35 visés »).'
  return assessCriterion(rule, text.trim() === '' ? 'axe-de-progres' : 'a-consolider', hint)
}

function assessEnseignements(values: FieldValues): QualityCriterion {
  const rule = {
    id: 'bilan-enseignements',
    category: 'bilan',
    label: 'Enseignements',
    maxPoints: 6,
  } as const
  const words = countWords(stringValue(values, 'enseignements'))
  if (words >= MIN_ENSEIGNEMENTS_WORDS)
    return assessCriterion(rule, 'point-fort', 'Enseignements tirés de l’action.')
  const hint = 'Notez ce qui a marché, ce qui n’a pas marché et ce que vous changeriez.'
  return assessCriterion(rule, words > 0 ? 'a-consolider' : 'axe-de-progres', hint)
}

function assessEfficacite(values: FieldValues): QualityCriterion {
  const rule = {
    id: 'bilan-efficacite',
    category: 'bilan',
    label: 'Efficacité auto-évaluée',
    maxPoints: 3,
  } as const
  const score = numberValue(values, 'efficacite')
  if (score !== null)
    return assessCriterion(rule, 'point-fort', `Efficacité auto-évaluée : ${score}/10.`)
  return assessCriterion(rule, 'axe-de-progres', 'Évaluez l’efficacité de l’action de 0 à 10.')
}

function assessFilledChoice(values: FieldValues): QualityCriterion {
  const rule = {
    id: 'bilan-reconduction',
    category: 'bilan',
    label: 'Reconduction',
    maxPoints: 3,
  } as const
  if (isFilled(values, 'reconduction'))
    return assessCriterion(rule, 'point-fort', 'Suite de l’action décidée.')
  return assessCriterion(
    rule,
    'axe-de-progres',
    'Indiquez si l’action sera reconduite (oui, peut-être, non).',
  )
}

function assessProse(
  values: FieldValues,
  spec: { id: string; field: string; label: string; good: string; hint: string },
): QualityCriterion {
  const rule = { id: spec.id, category: 'bilan', label: spec.label, maxPoints: 3 } as const
  if (isFilled(values, spec.field)) return assessCriterion(rule, 'point-fort', spec.good)
  return assessCriterion(rule, 'axe-de-progres', spec.hint)
}
