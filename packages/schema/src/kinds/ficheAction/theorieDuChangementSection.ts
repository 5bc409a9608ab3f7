import type { FieldSection } from '../FieldDefinition.ts'
import { proseField } from '../fields/defineFields.ts'

/** The links of the théorie du changement, from the problem to the impact. */
export const TDC_CHAIN_FIELDS = [
  'tdcProbleme',
  'tdcActivites',
  'tdcRealisations',
  'tdcResultats',
  'tdcImpact',
] as const

/** The hypotheses of each link of the chain (between two consecutive links). */
export const TDC_HYPOTHESIS_FIELDS = [
  'tdcHypothese1',
  'tdcHypothese2',
  'tdcHypothese3',
  'tdcHypothese4',
] as const

/**
 * The théorie du changement of a fiche action: problème → activités → réalisations → résultats →
 * impact, each hypothesis shown between the two links it joins.
 */
export const theorieDuChangementSection: FieldSection = {
  title: 'Théorie du changement',
  fields: [
    proseField('tdcProbleme', 'Problème', 'Le problème que l’action veut résoudre.'),
    proseField('tdcHypothese1', 'Hypothèse : des activités répondent au problème'),
    proseField('tdcActivites', 'Activités', 'Ce que font les acteurs.'),
    proseField('tdcHypothese2', 'Hypothèse : les activités produisent les réalisations'),
    proseField(
      'tdcRealisations',
      'Réalisations',
      'Ce que les activités produisent (ateliers, participants…).',
    ),
    proseField('tdcHypothese3', 'Hypothèse : les réalisations produisent les résultats'),
    proseField('tdcResultats', 'Résultats', 'Les effets sur les bénéficiaires directs.'),
    proseField('tdcHypothese4', 'Hypothèse : les résultats mènent à l’impact'),
    proseField('tdcImpact', 'Impact', 'Le changement durable pour les publics et le territoire.'),
  ],
}
