import type { ChoiceOption } from '../../FieldDefinition.ts'
import type { FieldValues, ItemValues } from '../../FieldValues.ts'
import { choicesValue, itemsValue, numberValue, stringValue } from '../../fields/fieldValue.ts'
import { formatFrenchDate, formatFrenchTimestamp } from '../../format/formatFrenchDate.ts'
import { formatFrenchNumber } from '../../format/formatFrenchNumber.ts'
import { isEffectLevel } from '../../indicators/IndicatorLevel.ts'
import { FICHE_ACTION_STATUS_OPTIONS } from '../FicheActionStatus.ts'
import {
  CADRE_OPTIONS,
  PUBLIC_OPTIONS,
  RECONDUCTION_OPTIONS,
  THEMATIQUE_OPTIONS,
  optionLabel,
} from '../ficheActionOptions.ts'
import type { TdbRpeRow } from './TDB_RPE_COLUMNS.ts'

/** Separates the items of a flattened list in one cell. */
export const TDB_LIST_SEPARATOR = ' ; '

/**
 * A fiche action as one TDB RPE row (see `TDB_RPE_COLUMNS`): labels rather than codes, dates as
 * `JJ/MM/AAAA`, numbers with a decimal comma and no grouping, lists flattened with « ; »
 * (« Mission locale (co-pilote) ; … », « Étape (JJ/MM/AAAA) », « Indicateur : cible unité au
 * JJ/MM/AAAA »). Indicators of level réalisation go to « Indicateurs de suivi », résultat and
 * impact to « Indicateurs de résultat ». `updatedAt` is an ISO timestamp, shown as its day in Paris.
 */
export function ficheActionToTdbRow(
  values: FieldValues,
  meta: { readonly title: string; readonly updatedAt: string },
): TdbRpeRow {
  const text = (name: string): string => stringValue(values, name).trim()
  const indicators = itemsValue(values, 'indicateurs')
  return {
    titre: meta.title.trim(),
    cadre: formatCadre(values),
    problematique: text('problematique'),
    description: text('description'),
    publicsCibles: formatChoices(values, 'publicsCibles', PUBLIC_OPTIONS),
    thematiques: formatChoices(values, 'thematiques', THEMATIQUE_OPTIONS),
    solutionsMobilisees: text('solutionsMobilisees'),
    acteurs: joinItems(itemsValue(values, 'acteurs'), formatActeur),
    ressources: text('ressources'),
    dateDebut: formatFrenchDate(stringValue(values, 'dateDebut')),
    dateFin: formatFrenchDate(stringValue(values, 'dateFin')),
    etapes: joinItems(itemsValue(values, 'etapes'), formatEtape),
    indicateursSuivi: joinItems(
      indicators.filter((item) => !isEffect(item)),
      formatIndicator,
    ),
    indicateursResultat: joinItems(indicators.filter(isEffect), formatIndicator),
    nombreBeneficiaires: formatNumber(numberValue(values, 'nombreBeneficiaires')),
    pointsDeVigilance: text('pointsDeVigilance'),
    statut: optionLabel(FICHE_ACTION_STATUS_OPTIONS, stringValue(values, 'statut')),
    dateMiseAJour: formatFrenchTimestamp(meta.updatedAt),
    resultatsChiffres: text('resultatsChiffres'),
    enseignements: text('enseignements'),
    efficacite: formatNumber(numberValue(values, 'efficacite')),
    reconduction: optionLabel(RECONDUCTION_OPTIONS, stringValue(values, 'reconduction')),
    transposabilite: text('transposabilite'),
    valorisation: text('valorisation'),
  }
}

function formatCadre(values: FieldValues): string {
  const cadre = optionLabel(CADRE_OPTIONS, stringValue(values, 'cadre'))
  const precision = stringValue(values, 'cadrePrecision').trim()
  if (cadre === '') return precision
  return precision === '' ? cadre : `${cadre} : ${precision}`
}

function formatChoices(
  values: FieldValues,
  name: string,
  options: readonly ChoiceOption[],
): string {
  return choicesValue(values, name)
    .map((value) => optionLabel(options, value))
    .join(', ')
}

function formatNumber(value: number | null): string {
  return value === null ? '' : formatFrenchNumber(value, false)
}

function joinItems(items: readonly ItemValues[], format: (item: ItemValues) => string): string {
  return items
    .map(format)
    .filter((entry) => entry !== '')
    .join(TDB_LIST_SEPARATOR)
}

function field(item: ItemValues, name: string): string {
  return stringValue(item.values, name).trim()
}

function formatActeur(item: ItemValues): string {
  const nom = field(item, 'nom')
  const role = field(item, 'role')
  if (nom === '') return ''
  return role === '' ? nom : `${nom} (${role})`
}

function formatEtape(item: ItemValues): string {
  const libelle = field(item, 'libelle')
  const echeance = formatFrenchDate(field(item, 'echeance'))
  if (libelle === '') return ''
  return echeance === '' ? libelle : `${libelle} (${echeance})`
}

function isEffect(item: ItemValues): boolean {
  return isEffectLevel(field(item, 'niveau'))
}

function formatIndicator(item: ItemValues): string {
  const libelle = field(item, 'libelle')
  if (libelle === '') return ''
  const cible = numberValue(item.values, 'cible')
  const unite = field(item, 'unite')
  const date = formatFrenchDate(field(item, 'dateCible'))
  const target = [cible === null ? '' : formatNumber(cible), unite].filter((part) => part !== '')
  const parts = cible === null ? [] : target
  if (date !== '') parts.push(`au ${date}`)
  return parts.length === 0 ? libelle : `${libelle} : ${parts.join(' ')}`
}
