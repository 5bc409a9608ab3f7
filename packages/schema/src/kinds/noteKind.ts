import type { FieldValues } from './FieldValues.ts'
import type { KindDefinition } from './KindDefinition.ts'
import { choiceField, dateField, lineField, listField } from './fields/defineFields.ts'
import { indexValues } from './fields/indexValues.ts'

/** The types of note. */
export const NOTE_TYPE_OPTIONS = [
  { value: 'veille', label: 'Note de veille' },
  { value: 'synthese-de-rapport', label: 'Synthèse de rapport' },
] as const

/** A note de veille or a synthèse de rapport, with its sources. */
export const noteKind: KindDefinition = {
  kind: 'note',
  label: 'Note (veille, synthèse)',
  description: 'Une note de veille ou la synthèse d’un rapport, avec ses sources.',
  sections: [
    {
      title: 'Note',
      fields: [
        choiceField('type', 'Type de note', NOTE_TYPE_OPTIONS),
        dateField('date', 'Date'),
        listField('sources', 'Sources', {
          itemLabel: 'Source',
          addLabel: 'une source',
          fields: [
            lineField('titre', 'Titre'),
            lineField('lien', 'Lien', { hint: 'Adresse web (https://…)', maxLength: 2000 }),
          ],
        }),
      ],
    },
  ],
  statusField: null,
  statuses: [],
  template: [
    { type: 'heading', level: 2, text: 'En bref' },
    { type: 'paragraph', text: 'Trois lignes pour ceux qui ne liront que cela.' },
    { type: 'heading', level: 2, text: 'Ce qu’il faut retenir' },
    { type: 'bulletList', items: ['Un constat, un chiffre et sa source.'] },
    { type: 'heading', level: 2, text: 'Ce que cela change pour le territoire' },
    { type: 'paragraph', text: 'Les conséquences pour les CLPE et les pistes d’action.' },
  ],
  index: (values: FieldValues) =>
    indexValues(values, { statusField: null, keyFields: ['type', 'date'] }),
  quality: null,
}
