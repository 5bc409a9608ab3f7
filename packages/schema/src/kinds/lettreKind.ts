import type { FieldValues } from './FieldValues.ts'
import type { KindDefinition } from './KindDefinition.ts'
import { choiceField, dateField, numberField } from './fields/defineFields.ts'
import { indexValues } from './fields/indexValues.ts'

const STATUS_OPTIONS = [
  { value: 'en-preparation', label: 'En préparation' },
  { value: 'diffusee', label: 'Diffusée' },
] as const

/** An issue of the newsletter dedicated to the CLPE. */
export const lettreKind: KindDefinition = {
  kind: 'lettre',
  label: 'Lettre d’information',
  description:
    'Un numéro de la lettre d’information des CLPE : actualités, pratiques, rendez-vous.',
  sections: [
    {
      title: 'Numéro',
      fields: [
        numberField('numero', 'Numéro', { integer: true, min: 1 }),
        dateField('dateParution', 'Date de parution'),
        choiceField('statut', 'Statut', STATUS_OPTIONS),
      ],
    },
  ],
  statusField: 'statut',
  statuses: STATUS_OPTIONS,
  template: [
    { type: 'heading', level: 2, text: 'À la une' },
    { type: 'paragraph', text: 'L’actualité principale du mois pour les CLPE.' },
    { type: 'heading', level: 2, text: 'Une pratique à partager' },
    { type: 'paragraph', text: 'Une action d’un CLPE, ses résultats et son contact.' },
    { type: 'heading', level: 2, text: 'Agenda' },
    { type: 'bulletList', items: ['Date — rendez-vous, lien d’inscription.'] },
  ],
  index: (values: FieldValues) =>
    indexValues(values, { statusField: 'statut', keyFields: ['numero', 'dateParution'] }),
  quality: null,
}
