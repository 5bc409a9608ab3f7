import type { FieldValues } from '../FieldValues.ts'
import type { KindDefinition, QualityContext } from '../KindDefinition.ts'
import { indexValues } from '../fields/indexValues.ts'
import { FICHE_ACTION_STATUS_FIELD, FICHE_ACTION_STATUS_OPTIONS } from './FicheActionStatus.ts'
import { FICHE_ACTION_SECTIONS } from './ficheActionSections.ts'
import { FICHE_ACTION_TEMPLATE } from './ficheActionTemplate.ts'
import { scoreFicheAction } from './quality/scoreFicheAction.ts'

/** The key fields the index keeps of a fiche action. */
export const FICHE_ACTION_KEY_FIELDS = [
  'dateDebut',
  'dateFin',
  'publicsCibles',
  'thematiques',
  'typologieImpact',
  'cadre',
] as const

/** The fiche action: the national field model, its statuses, quality grid and TDB RPE export. */
export const ficheActionKind: KindDefinition = {
  kind: 'fiche-action',
  label: 'Fiche action',
  description:
    'Une action du CLPE selon le modèle national : problématique, publics, acteurs, étapes, indicateurs et bilan.',
  sections: FICHE_ACTION_SECTIONS,
  statusField: FICHE_ACTION_STATUS_FIELD,
  statuses: FICHE_ACTION_STATUS_OPTIONS,
  template: FICHE_ACTION_TEMPLATE,
  index: (values: FieldValues) =>
    indexValues(values, {
      statusField: FICHE_ACTION_STATUS_FIELD,
      keyFields: FICHE_ACTION_KEY_FIELDS,
    }),
  quality: (values: FieldValues, context: QualityContext) => scoreFicheAction(values, context),
}
