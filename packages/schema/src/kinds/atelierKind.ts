import { ATELIER_FORMAT_OPTIONS, ATELIER_THEME_OPTIONS } from '../ateliers/atelierOptions.ts'
import type { FieldValues } from './FieldValues.ts'
import type { KindDefinition } from './KindDefinition.ts'
import {
  choiceField,
  dateField,
  lineField,
  listField,
  numberField,
  proseField,
  timeField,
} from './fields/defineFields.ts'
import { indexValues } from './fields/indexValues.ts'

/** Longest link of an atelier (replay, resource), in characters. */
const LINK_MAX_LENGTH = 2000

/** The fields of an atelier the index keeps, for the document lists of the espace régional. */
export const ATELIER_KEY_FIELDS = ['date', 'heure', 'format', 'theme'] as const

/**
 * A webinar or virtual workshop of the awareness programme (issue #8). Its details are fields
 * co-edited by the facilitators; its `body` holds the SHARED NOTES taken during the live session;
 * `heure` is a time field (`HH:MM`, anything else reported `INVALID_TIME` and read as not set) and
 * links are read with `httpsUrlOf` (a half-typed value reads as not set). Registrations, attendance and the live session's state are kept by the server, and so
 * is the visio link: every reader of an atelier receives its whole Y.Doc, and the link is for seat
 * holders only.
 */
export const atelierKind: KindDefinition = {
  kind: 'atelier',
  label: 'Atelier',
  description:
    'Un webinaire ou un atelier virtuel du programme de sensibilisation, et ses notes prises à plusieurs.',
  sections: [
    {
      // Not « Atelier »: the page already says the document's kind, and the label repeated twice.
      title: 'Informations pratiques',
      fields: [
        dateField('date', 'Date'),
        timeField('heure', 'Heure de début', 'Heure de Paris.'),
        numberField('duree', 'Durée', { integer: true, min: 1, max: 24 * 60, unit: 'minutes' }),
        choiceField('format', 'Format', ATELIER_FORMAT_OPTIONS),
        choiceField('theme', 'Thème', ATELIER_THEME_OPTIONS),
        lineField('intervenants', 'Intervenants', {
          hint: 'Ex. : Claire Martin (C2RP), Karim Haddad (France Travail)',
        }),
        lineField('public', 'Public visé', { hint: 'Ex. : membres des CLPE de l’Aisne' }),
        numberField('capacite', 'Nombre de places', {
          integer: true,
          min: 0,
          hint: '0 ou vide : places illimitées. Au-delà, les inscrits suivants vont en liste d’attente.',
        }),
      ],
    },
    {
      title: 'Présentation et déroulé',
      fields: [
        proseField(
          'presentation',
          'Présentation',
          'Les objectifs et ce que les participants en retireront.',
        ),
        listField('agenda', 'Déroulé', {
          itemLabel: 'Point',
          addLabel: 'un point',
          hint: 'Les points de la session, dans l’ordre : l’animateur passe de l’un à l’autre en direct.',
          fields: [
            lineField('titre', 'Titre'),
            numberField('duree', 'Durée', { integer: true, min: 1, max: 24 * 60, unit: 'minutes' }),
            lineField('intervenant', 'Intervenant'),
          ],
        }),
      ],
    },
    {
      title: 'Après la session',
      fields: [
        listField('ressources', 'Ressources', {
          itemLabel: 'Ressource',
          addLabel: 'une ressource',
          hint: 'Supports, études et outils présentés.',
          fields: [
            lineField('titre', 'Titre'),
            lineField('lien', 'Lien', { hint: 'Adresse https://…', maxLength: LINK_MAX_LENGTH }),
          ],
        }),
        lineField('replay', 'Lien du replay', {
          hint: 'Adresse https://… de l’enregistrement.',
          maxLength: LINK_MAX_LENGTH,
        }),
      ],
    },
  ],
  statusField: null,
  statuses: [],
  // Headings only: sample sentences would end up in the compte rendu, which leaves out the
  // sections nobody wrote in.
  template: [
    { type: 'heading', level: 2, text: 'Ce que nous retenons' },
    { type: 'paragraph', text: '' },
    { type: 'heading', level: 2, text: 'Questions et réponses' },
    { type: 'paragraph', text: '' },
    { type: 'heading', level: 2, text: 'Suites à donner' },
    { type: 'paragraph', text: '' },
  ],
  index: (values: FieldValues) =>
    indexValues(values, { statusField: null, keyFields: ATELIER_KEY_FIELDS }),
  quality: null,
}
