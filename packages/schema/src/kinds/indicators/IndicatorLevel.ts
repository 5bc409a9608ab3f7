import type { ChoiceOption } from '../FieldDefinition.ts'

/** The levels of an indicator, from context to lasting impact. */
export const IndicatorLevel = {
  Contexte: 'contexte',
  Realisation: 'realisation',
  Resultat: 'resultat',
  Impact: 'impact',
} as const
export type IndicatorLevel = (typeof IndicatorLevel)[keyof typeof IndicatorLevel]

/** Each level as a choice option: French label and one-line definition. */
export const INDICATOR_LEVEL_OPTIONS: Readonly<Record<IndicatorLevel, ChoiceOption>> = {
  contexte: {
    value: 'contexte',
    label: 'Contexte',
    description:
      'Situation du territoire, que l’action ne peut pas s’attribuer (ex. : taux de chômage).',
  },
  realisation: {
    value: 'realisation',
    label: 'Réalisation',
    description: 'Ce que l’action produit (ex. : 6 job datings, 120 participants).',
  },
  resultat: {
    value: 'resultat',
    label: 'Résultat',
    description: 'Effets sur les bénéficiaires directs (ex. : 35 recrutements dans les 3 mois).',
  },
  impact: {
    value: 'impact',
    label: 'Impact',
    description: 'Changement durable attribuable à l’action, pour les publics et le territoire.',
  },
}

/** Tells whether a level measures effects (résultat or impact), as the quality grid asks. */
export function isEffectLevel(level: string): boolean {
  return level === IndicatorLevel.Resultat || level === IndicatorLevel.Impact
}
