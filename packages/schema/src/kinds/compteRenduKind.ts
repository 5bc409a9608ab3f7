import type { FieldValues } from './FieldValues.ts'
import type { KindDefinition } from './KindDefinition.ts'
import { dateField, lineField, listField } from './fields/defineFields.ts'
import { indexValues } from './fields/indexValues.ts'

/** The compte rendu of a meeting, with its relevé de décisions. */
export const compteRenduKind: KindDefinition = {
  kind: 'compte-rendu',
  label: 'Compte rendu',
  description:
    'Le compte rendu d’une réunion et son relevé de décisions : qui fait quoi, pour quand.',
  sections: [
    {
      title: 'Réunion',
      fields: [
        dateField('date', 'Date de la réunion'),
        lineField('instance', 'Instance', {
          hint: 'Ex. : CLPE plénier, bureau, groupe de travail mobilité',
        }),
        listField('participants', 'Participants', {
          itemLabel: 'Participant',
          addLabel: 'un participant',
          fields: [lineField('nom', 'Nom'), lineField('organisation', 'Organisation')],
        }),
        listField('ordreDuJour', 'Ordre du jour', {
          itemLabel: 'Point',
          addLabel: 'un point',
          fields: [lineField('point', 'Point')],
        }),
      ],
    },
    {
      title: 'Relevé de décisions',
      fields: [
        listField('decisions', 'Décisions', {
          itemLabel: 'Décision',
          addLabel: 'une décision',
          fields: [
            lineField('decision', 'Décision'),
            lineField('responsable', 'Responsable'),
            dateField('echeance', 'Échéance'),
          ],
        }),
      ],
    },
  ],
  statusField: null,
  statuses: [],
  template: [
    { type: 'heading', level: 2, text: 'Échanges' },
    {
      type: 'paragraph',
      text: 'Un paragraphe par point de l’ordre du jour : ce qui a été présenté et discuté.',
    },
    { type: 'heading', level: 2, text: 'Prochaine réunion' },
    { type: 'paragraph', text: 'Date, lieu et points à préparer.' },
  ],
  index: (values: FieldValues) =>
    indexValues(values, { statusField: null, keyFields: ['date', 'instance', 'decisions'] }),
  quality: null,
}
