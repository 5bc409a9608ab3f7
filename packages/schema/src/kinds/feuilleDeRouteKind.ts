import type { FieldValues } from './FieldValues.ts'
import type { KindDefinition } from './KindDefinition.ts'
import {
  choiceField,
  documentLinkField,
  lineField,
  listField,
  numberField,
  proseField,
} from './fields/defineFields.ts'
import { indexValues } from './fields/indexValues.ts'

const STATUS_OPTIONS = [
  { value: 'en-preparation', label: 'En préparation' },
  { value: 'validee', label: 'Validée par le CLPE' },
] as const

/** The annual feuille de route of a CLPE: priorities, objectives and the fiches action serving them. */
export const feuilleDeRouteKind: KindDefinition = {
  kind: 'feuille-de-route',
  label: 'Feuille de route',
  description:
    'Les priorités et objectifs de l’année, tirés du diagnostic et du bilan des actions passées, avec leurs fiches action.',
  sections: [
    {
      title: 'Année',
      fields: [
        numberField('annee', 'Année', { integer: true, min: 2020, max: 2100 }),
        documentLinkField('diagnostic', 'Diagnostic de référence', 'diagnostic'),
        choiceField('statut', 'Statut', STATUS_OPTIONS),
      ],
    },
    {
      title: 'Priorités et objectifs',
      fields: [
        listField('priorites', 'Priorités', {
          itemLabel: 'Priorité',
          addLabel: 'une priorité',
          fields: [
            lineField('libelle', 'Priorité'),
            proseField('objectifs', 'Objectifs', 'Chiffrés et datés autant que possible.'),
          ],
        }),
        listField('fichesAction', 'Fiches action', {
          itemLabel: 'Fiche action',
          addLabel: 'une fiche action',
          fields: [
            documentLinkField('fiche', 'Fiche action', 'fiche-action'),
            lineField('priorite', 'Priorité servie'),
          ],
        }),
      ],
    },
    {
      title: 'Bilan de l’année précédente',
      fields: [
        proseField(
          'bilanAnneePrecedente',
          'Bilan de l’année précédente',
          'Ce que les actions ont produit, ce qui est arrêté ou réorienté, et pourquoi.',
        ),
      ],
    },
  ],
  statusField: 'statut',
  statuses: STATUS_OPTIONS,
  template: [
    { type: 'heading', level: 2, text: 'Ce que dit le diagnostic' },
    {
      type: 'paragraph',
      text: 'Les constats du diagnostic territorial partagé qui fondent les priorités de l’année.',
    },
    { type: 'heading', level: 2, text: 'Priorités de l’année' },
    {
      type: 'paragraph',
      text: 'Pour chaque priorité : pourquoi elle est retenue et ce que le CLPE en attend.',
    },
    { type: 'heading', level: 2, text: 'Suivi' },
    { type: 'paragraph', text: 'Qui suit quoi, à quel rythme, et quand le CLPE fait le point.' },
  ],
  index: (values: FieldValues) =>
    indexValues(values, { statusField: 'statut', keyFields: ['annee', 'fichesAction'] }),
  quality: null,
}
