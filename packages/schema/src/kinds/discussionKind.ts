import type { FieldValues } from './FieldValues.ts'
import type { KindDefinition } from './KindDefinition.ts'
import { choiceField, lineField } from './fields/defineFields.ts'
import { indexValues } from './fields/indexValues.ts'

const STATUS_OPTIONS = [
  { value: 'ouverte', label: 'Ouverte' },
  { value: 'resolue', label: 'Résolue' },
] as const

/** A question or exchange between CLPE and the CoRE, possibly across territories. */
export const discussionKind: KindDefinition = {
  kind: 'discussion',
  label: 'Discussion',
  description:
    'Une question ou un échange entre CLPE et CoRE, pour partager les pratiques et les problématiques communes.',
  sections: [
    {
      title: 'Discussion',
      fields: [
        choiceField('portee', 'Portée', [
          { value: 'locale', label: 'Locale' },
          { value: 'supra-territoriale', label: 'Supra-territoriale (plusieurs CLPE)' },
        ]),
        lineField('territoires', 'Territoires concernés'),
        choiceField('statut', 'Statut', STATUS_OPTIONS),
      ],
    },
  ],
  statusField: 'statut',
  statuses: STATUS_OPTIONS,
  template: [
    { type: 'heading', level: 2, text: 'La question' },
    {
      type: 'paragraph',
      text: 'Ce que vous cherchez, et pourquoi c’est important pour votre territoire.',
    },
    { type: 'heading', level: 2, text: 'Réponses et pratiques partagées' },
    {
      type: 'paragraph',
      text: 'Chaque territoire ajoute son expérience, avec ses contacts et ses résultats.',
    },
  ],
  index: (values: FieldValues) =>
    indexValues(values, { statusField: 'statut', keyFields: ['portee'] }),
  quality: null,
}
