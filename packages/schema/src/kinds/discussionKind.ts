import {
  EXCHANGE_STATUS_OPTIONS,
  EXCHANGE_THEME_OPTIONS,
  EXCHANGE_TYPE_OPTIONS,
} from '../exchanges/exchangeOptions.ts'
import type { FieldValues } from './FieldValues.ts'
import type { KindDefinition } from './KindDefinition.ts'
import { choiceField, multiChoiceField, numberField } from './fields/defineFields.ts'
import { indexValues } from './fields/indexValues.ts'

/**
 * A thread of the échanges between CLPE and CoRE (issue #8). Its messages are the `messages` root
 * of its Y.Doc, so its template is empty; its fields mirror what the server keeps of the thread
 * (type, themes, number of « nous aussi », status) so that readers see them change live. The
 * server is their only writer.
 */
export const discussionKind: KindDefinition = {
  kind: 'discussion',
  label: 'Discussion',
  description:
    'Un fil des échanges entre CLPE et CoRE : question, remontée, retour d’expérience ou signal faible.',
  sections: [
    {
      title: 'Échange',
      fields: [
        choiceField('type', 'Type', EXCHANGE_TYPE_OPTIONS),
        multiChoiceField('themes', 'Thèmes', EXCHANGE_THEME_OPTIONS),
        numberField('nousAussi', 'Territoires qui disent « nous aussi »', {
          integer: true,
          min: 0,
        }),
        choiceField('statut', 'Statut', EXCHANGE_STATUS_OPTIONS),
      ],
    },
  ],
  statusField: 'statut',
  statuses: EXCHANGE_STATUS_OPTIONS,
  template: [],
  index: (values: FieldValues) =>
    indexValues(values, { statusField: 'statut', keyFields: ['type'] }),
  quality: null,
}
