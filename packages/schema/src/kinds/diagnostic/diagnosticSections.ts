import type { FieldSection, ListFieldDefinition } from '../FieldDefinition.ts'
import {
  choiceField,
  dateField,
  documentLinkField,
  lineField,
  listField,
  numberField,
  proseField,
} from '../fields/defineFields.ts'
import { IndicatorLevel } from '../indicators/IndicatorLevel.ts'
import { indicatorListField } from '../indicators/indicatorListField.ts'
import { DIAGNOSTIC_RUBRIQUES } from './diagnosticRubriques.ts'
import { KEY_FIGURE_NATURE_OPTIONS } from './keyFigures.ts'

/** The four AFOM (SWOT) lists, of short items so that several people add theirs at once. */
export const AFOM_FIELDS = ['atouts', 'faiblesses', 'opportunites', 'menaces'] as const

function afomList(name: string, label: string, hint: string): ListFieldDefinition {
  return listField(name, label, {
    itemLabel: 'Élément',
    addLabel: 'un élément',
    hint,
    fields: [lineField('libelle', 'Libellé')],
  })
}

/** The fields of a diagnostic territorial partagé; its sections of prose live in the body. */
export const DIAGNOSTIC_SECTIONS: readonly FieldSection[] = [
  {
    title: 'Période',
    fields: [
      lineField('periode', 'Période ou année', { hint: 'Ex. : 2025, ou 2024-2025', maxLength: 40 }),
    ],
  },
  {
    title: 'Chiffres clés',
    fields: [
      listField('chiffresCles', 'Chiffres clés', {
        itemLabel: 'Chiffre clé',
        addLabel: 'un chiffre clé',
        hint: 'Chaque chiffre a sa source et sa date ; les effectifs de moins de 11 sont masqués.',
        fields: [
          choiceField(
            'rubrique',
            'Rubrique',
            DIAGNOSTIC_RUBRIQUES.map(({ value, label }) => ({ value, label })),
          ),
          lineField('libelle', 'Libellé', { hint: 'Ex. : Demandeurs d’emploi de catégorie A' }),
          numberField('valeur', 'Valeur'),
          lineField('unite', 'Unité', { hint: 'Ex. : personnes, %, offres' }),
          choiceField('nature', 'Nature', KEY_FIGURE_NATURE_OPTIONS),
          lineField('source', 'Source', { hint: 'Ex. : France Travail – DARES, STMT' }),
          dateField('date', 'Date de la donnée'),
          lineField('territoire', 'Territoire', { hint: 'Ex. : CLPE, zone d’emploi de Calais' }),
        ],
      }),
    ],
  },
  {
    title: 'Synthèse AFOM',
    fields: [
      afomList('atouts', 'Atouts', 'Forces internes du territoire.'),
      afomList('faiblesses', 'Faiblesses', 'Faiblesses internes du territoire.'),
      afomList('opportunites', 'Opportunités', 'Ce qui, autour, peut aider.'),
      afomList('menaces', 'Menaces', 'Ce qui, autour, peut nuire.'),
    ],
  },
  {
    title: 'Priorités',
    fields: [
      listField('priorites', 'Priorités', {
        itemLabel: 'Priorité',
        addLabel: 'une priorité',
        hint: 'Chaque priorité peut devenir une fiche action.',
        fields: [
          lineField('libelle', 'Libellé'),
          proseField('description', 'Description'),
          documentLinkField('fiche', 'Fiche action', 'fiche-action'),
        ],
      }),
    ],
  },
  {
    title: 'Indicateurs de contexte',
    fields: [
      indicatorListField('indicateurs', 'Indicateurs de contexte', [IndicatorLevel.Contexte]),
    ],
  },
]
