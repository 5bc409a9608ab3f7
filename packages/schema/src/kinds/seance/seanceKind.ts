import { ANY_DOCUMENT_KIND, type ChoiceOption } from '../FieldDefinition.ts'
import type { FieldValues } from '../FieldValues.ts'
import type { KindDefinition } from '../KindDefinition.ts'
import {
  choiceField,
  dateField,
  documentLinkField,
  lineField,
  listField,
  numberField,
} from '../fields/defineFields.ts'
import { indexValues } from '../fields/indexValues.ts'

/** Most points of an ordre du jour, checked by the server when it reads them. */
export const MAX_SEANCE_AGENDA_ITEMS = 40
/** Most decisions of one relevé, checked by the server when it reads them. */
export const MAX_SEANCE_DECISIONS = 100
/** Most documents attached to one point of the ordre du jour. */
export const MAX_SEANCE_ITEM_DOCUMENTS = 10
/** Longest text of one decision, in characters. */
export const MAX_SEANCE_DECISION_LENGTH = 1000
/** Longest point of the ordre du jour, in minutes (a whole working day). */
export const MAX_SEANCE_ITEM_MINUTES = 480

/** The names of the séance's fields, as the server and the web app read them. */
export const SeanceField = {
  OrdreDuJour: 'ordreDuJour',
  Decisions: 'decisions',
} as const

/** What a decision of the relevé concerns, as the register records it. */
export const SEANCE_DECISION_SUBJECT_OPTIONS: readonly ChoiceOption[] = [
  { value: 'document', label: 'Un document (fiche outil, fiche action, autre document)' },
  { value: 'programme', label: 'Le programme d’accompagnement' },
]

/**
 * A séance of a governance instance (comité de pilotage, bureau du CoRE, comité des territoires,
 * a CLPE's plénière or bureau): its ordre du jour co-edited beforehand, then its relevé de
 * décisions written live — the rich text of the discussions and the structured decisions the
 * server records into the register when the séance is closed. Created from the séances of the
 * gouvernance (date, place and visio link live in the séance's record), never blank.
 */
export const seanceKind: KindDefinition = {
  kind: 'seance',
  label: 'Séance',
  description:
    'La séance d’une instance de gouvernance : son ordre du jour préparé ensemble, puis le relevé de décisions écrit en direct.',
  sections: [
    {
      title: 'Ordre du jour',
      fields: [
        listField(SeanceField.OrdreDuJour, 'Ordre du jour', {
          itemLabel: 'Point',
          addLabel: 'un point',
          fields: [
            lineField('titre', 'Titre du point', { maxLength: 300 }),
            lineField('presentateur', 'Présenté par', { maxLength: 200 }),
            numberField('duree', 'Durée', {
              min: 1,
              max: MAX_SEANCE_ITEM_MINUTES,
              unit: 'min',
              integer: true,
            }),
            listField('documents', 'Documents joints', {
              itemLabel: 'Document joint',
              addLabel: 'un document joint',
              fields: [documentLinkField('document', 'Document', ANY_DOCUMENT_KIND)],
            }),
          ],
        }),
      ],
    },
    {
      title: 'Relevé de décisions',
      fields: [
        listField(SeanceField.Decisions, 'Décisions', {
          itemLabel: 'Décision',
          addLabel: 'une décision',
          fields: [
            lineField('texte', 'Décision', { maxLength: MAX_SEANCE_DECISION_LENGTH }),
            choiceField('objet', 'Objet concerné', SEANCE_DECISION_SUBJECT_OPTIONS),
            documentLinkField('document', 'Document concerné', ANY_DOCUMENT_KIND),
            lineField('responsable', 'Responsable', { maxLength: 200 }),
            dateField('echeance', 'Échéance'),
          ],
        }),
      ],
    },
  ],
  statusField: null,
  statuses: [],
  template: [
    { type: 'heading', level: 2, text: 'Relevé des échanges' },
    {
      type: 'paragraph',
      text: 'Un paragraphe par point de l’ordre du jour : ce qui a été présenté, discuté et décidé.',
    },
  ],
  index: (values: FieldValues) =>
    indexValues(values, { statusField: null, keyFields: [SeanceField.OrdreDuJour] }),
  quality: null,
}
