import type { FieldValues } from './FieldValues.ts'
import type { KindDefinition } from './KindDefinition.ts'
import { choiceField, dateField, lineField } from './fields/defineFields.ts'
import { indexValues } from './fields/indexValues.ts'

const STATUS_OPTIONS = [
  { value: 'en-preparation', label: 'En préparation' },
  { value: 'rendu', label: 'Rendu' },
] as const

/** An opinion given by an instance (mostly the CoRE; a CLPE’s conférence des financeurs). */
export const avisKind: KindDefinition = {
  kind: 'avis',
  label: 'Avis',
  description:
    'Un avis rendu par une instance (CoRE, comité des territoires, conférence des financeurs).',
  sections: [
    {
      title: 'Avis',
      fields: [
        choiceField('instance', 'Instance', [
          { value: 'core', label: 'CoRE' },
          { value: 'comite-des-territoires', label: 'Comité des territoires' },
          { value: 'clpe', label: 'CLPE' },
          { value: 'conference-des-financeurs', label: 'Conférence des financeurs' },
        ]),
        lineField('objet', 'Objet'),
        dateField('dateLimite', 'Date limite'),
        choiceField('statut', 'Statut', STATUS_OPTIONS),
      ],
    },
  ],
  statusField: 'statut',
  statuses: STATUS_OPTIONS,
  template: [
    { type: 'heading', level: 2, text: 'Saisine' },
    { type: 'paragraph', text: 'Qui demande l’avis, sur quoi, et pour quand.' },
    { type: 'heading', level: 2, text: 'Analyse' },
    { type: 'paragraph', text: 'Les éléments examinés et les points d’attention.' },
    { type: 'heading', level: 2, text: 'Avis' },
    { type: 'paragraph', text: 'L’avis rendu et ses éventuelles réserves ou recommandations.' },
  ],
  index: (values: FieldValues) =>
    indexValues(values, { statusField: 'statut', keyFields: ['instance', 'dateLimite'] }),
  quality: null,
}
