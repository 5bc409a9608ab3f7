import type { ListFieldDefinition } from '../FieldDefinition.ts'
import {
  choiceField,
  dateField,
  lineField,
  listField,
  numberField,
  proseField,
} from '../fields/defineFields.ts'
import { INDICATOR_LEVEL_OPTIONS, isEffectLevel, type IndicatorLevel } from './IndicatorLevel.ts'
import { NATIONAL_KPIS } from './nationalKpis.ts'

/** How often an indicator is measured. */
export const INDICATOR_FREQUENCY_OPTIONS = [
  { value: 'mensuelle', label: 'Mensuelle' },
  { value: 'trimestrielle', label: 'Trimestrielle' },
  { value: 'semestrielle', label: 'Semestrielle' },
  { value: 'annuelle', label: 'Annuelle' },
  { value: 'ponctuelle', label: 'Ponctuelle (à la fin de l’action)' },
] as const

/**
 * The fields of one dated measurement of an indicator; a measurement keeps who entered it
 * (`saisiePar`, their name) and when (`saisieLe`), beside what was measured and at which date.
 */
export const MEASUREMENT_FIELDS = [
  dateField('date', 'Date de la mesure'),
  numberField('valeur', 'Valeur mesurée'),
  lineField('commentaire', 'Commentaire'),
  lineField('saisiePar', 'Saisie par'),
  dateField('saisieLe', 'Saisie le'),
] as const

/** The item field tying an indicator to a national KPI (CNE), offered for effect indicators. */
export const KPI_FIELD = choiceField(
  'kpi',
  'Indicateur national (CNE)',
  NATIONAL_KPIS,
  'Facultatif : l’indicateur national du Réseau pour l’emploi auquel celui-ci contribue.',
)

/**
 * A list of indicators whose level is one of `levels` (a fiche action allows réalisation, résultat
 * and impact; a diagnostic, contexte). Item fields: niveau, libelle, definition, unite, source,
 * geographie, frequence, valeurReference, dateReference, cible, dateCible, `kpi` (only when the
 * levels include résultat or impact) and the nested list `mesures` ({@link MEASUREMENT_FIELDS}).
 */
export function indicatorListField(
  name: string,
  label: string,
  levels: readonly IndicatorLevel[],
): ListFieldDefinition {
  return listField(name, label, {
    itemLabel: 'Indicateur',
    addLabel: 'un indicateur',
    hint: 'Chaque indicateur a une source, une valeur de référence et une cible datée.',
    fields: [
      choiceField(
        'niveau',
        'Niveau',
        levels.map((level) => INDICATOR_LEVEL_OPTIONS[level]),
      ),
      lineField('libelle', 'Libellé', {
        hint: 'Ex. : « Personnes recrutées à l’issue du job dating »',
      }),
      proseField('definition', 'Définition', 'Ce qui est compté, et comment.'),
      lineField('unite', 'Unité', { hint: 'Ex. : personnes, offres, %' }),
      lineField('source', 'Source', { hint: 'Ex. : France Travail, fichier de suivi du CLPE' }),
      lineField('geographie', 'Géographie', { hint: 'Ex. : CLPE, zone d’emploi, commune' }),
      choiceField('frequence', 'Fréquence de mesure', INDICATOR_FREQUENCY_OPTIONS),
      numberField('valeurReference', 'Valeur de référence'),
      dateField('dateReference', 'Date de la valeur de référence'),
      numberField('cible', 'Cible'),
      dateField('dateCible', 'Date de la cible', 'La date à laquelle la cible doit être atteinte.'),
      ...(levels.some(isEffectLevel) ? [KPI_FIELD] : []),
      // Adding a line by hand keeps who and when, as a measurement recorded through the API.
      listField('mesures', 'Mesures', {
        itemLabel: 'Mesure',
        addLabel: 'une ligne au tableau des mesures',
        fields: MEASUREMENT_FIELDS,
        stampItems: { by: 'saisiePar', on: 'saisieLe' },
      }),
    ],
  })
}
