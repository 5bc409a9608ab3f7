import type { ChoiceOption } from '../FieldDefinition.ts'
import type { FieldValues } from '../FieldValues.ts'
import type { KindDefinition } from '../KindDefinition.ts'
import { choiceField, dateField } from '../fields/defineFields.ts'
import { indexValues } from '../fields/indexValues.ts'

/** The statuses of a bilan for the bureau du CoRE, in their life order. */
export const BILAN_PILOTAGE_STATUS_OPTIONS: readonly ChoiceOption[] = [
  { value: 'brouillon', label: 'Brouillon' },
  { value: 'relu', label: 'Relu' },
  { value: 'transmis', label: 'Transmis au bureau du CoRE' },
]

/**
 * The periodic bilan of the pilotage for the bureau du CoRE, in the espace régional. Drafted by
 * the server from the regional view (its body holds the figures, frozen at `dateDesChiffres`), so
 * its template is empty; the regional team then edits it together. Never created blank.
 */
export const bilanPilotageKind: KindDefinition = {
  kind: 'bilan-pilotage',
  label: 'Bilan pour le bureau du CoRE',
  description:
    'Le bilan périodique des actions et de la progression des CLPE, préparé pour le bureau du CoRE à partir de la vue régionale.',
  sections: [
    {
      title: 'Période',
      fields: [
        dateField('periodeDebut', 'Début de la période'),
        dateField('periodeFin', 'Fin de la période'),
        dateField(
          'dateDesChiffres',
          'Chiffres arrêtés au',
          'Les chiffres du bilan sont ceux de cette date ; ils ne changent plus ensuite.',
        ),
        choiceField('statut', 'Statut', BILAN_PILOTAGE_STATUS_OPTIONS),
      ],
    },
  ],
  statusField: 'statut',
  statuses: BILAN_PILOTAGE_STATUS_OPTIONS,
  template: [],
  index: (values: FieldValues) =>
    indexValues(values, {
      statusField: 'statut',
      keyFields: ['periodeDebut', 'periodeFin', 'dateDesChiffres'],
    }),
  quality: null,
}
