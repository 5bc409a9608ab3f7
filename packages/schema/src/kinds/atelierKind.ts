import type { FieldValues } from './FieldValues.ts'
import type { KindDefinition } from './KindDefinition.ts'
import { choiceField, dateField, lineField } from './fields/defineFields.ts'
import { indexValues } from './fields/indexValues.ts'

/** A webinar or virtual workshop of the awareness programme, with its live shared notes. */
export const atelierKind: KindDefinition = {
  kind: 'atelier',
  label: 'Atelier',
  description:
    'Un webinaire ou un atelier virtuel du programme de sensibilisation, et ses notes prises à plusieurs.',
  sections: [
    {
      title: 'Atelier',
      fields: [
        dateField('date', 'Date'),
        choiceField('format', 'Format', [
          { value: 'webinaire', label: 'Webinaire' },
          { value: 'atelier-virtuel', label: 'Atelier virtuel' },
          { value: 'presentiel', label: 'En présentiel' },
        ]),
        lineField('intervenants', 'Intervenants'),
        lineField('public', 'Public visé', { hint: 'Ex. : membres des CLPE de l’Aisne' }),
      ],
    },
  ],
  statusField: null,
  statuses: [],
  template: [
    { type: 'heading', level: 2, text: 'Programme' },
    { type: 'bulletList', items: ['Horaire — intervention, intervenant.'] },
    { type: 'heading', level: 2, text: 'Notes partagées' },
    {
      type: 'paragraph',
      text: 'Chacun ajoute ce qu’il retient ; les questions posées et leurs réponses.',
    },
    { type: 'heading', level: 2, text: 'Ressources' },
    { type: 'paragraph', text: 'Supports, liens et outils présentés.' },
  ],
  index: (values: FieldValues) =>
    indexValues(values, { statusField: null, keyFields: ['date', 'format'] }),
  quality: null,
}
