import type { FieldValues, ItemValues } from '../../FieldValues.ts'
import type { QualityCriterion } from '../../QualityReport.ts'
import { itemsValue, numberValue, stringValue } from '../../fields/fieldValue.ts'
import { IndicatorLevel, isEffectLevel } from '../../indicators/IndicatorLevel.ts'
import { assessCriterion } from './assessCriterion.ts'
import { countWords } from './textMeasures.ts'

/** Fewest actors for a point fort (national rule). */
export const MIN_ACTEURS = 6
/** Fewest étapes for a point fort, unless the action is short (national rule). */
export const MIN_ETAPES = 3
/** An action lasting this many days or fewer needs no étapes (national rule). */
export const SHORT_ACTION_DAYS = 60
/** Fewest words for the ressources et moyens to count as described. */
export const MIN_RESSOURCES_WORDS = 10

const MS_PER_DAY = 86_400_000

function isFilled(item: ItemValues, name: string): boolean {
  return stringValue(item.values, name).trim() !== ''
}

/** Assesses the actors: ≥ 6, with a rôle for at least half of them. */
export function assessActeurs(values: FieldValues): QualityCriterion {
  const rule = {
    id: 'acteurs-roles',
    category: 'impact',
    label: 'Acteurs et rôles',
    maxPoints: 6,
  } as const
  const acteurs = itemsValue(values, 'acteurs').filter((item) => isFilled(item, 'nom'))
  const withRole = acteurs.filter((item) => isFilled(item, 'role')).length
  const rolesOk = withRole * 2 >= acteurs.length
  if (acteurs.length >= MIN_ACTEURS && rolesOk) {
    return assessCriterion(
      rule,
      'point-fort',
      `${acteurs.length} acteurs mobilisés, rôles précisés.`,
    )
  }
  if (acteurs.length >= MIN_ACTEURS) {
    return assessCriterion(
      rule,
      'a-consolider',
      `Précisez le rôle d’au moins la moitié des acteurs (${withRole} sur ${acteurs.length} aujourd’hui).`,
    )
  }
  const hint = `Associez au moins ${MIN_ACTEURS} acteurs et précisez le rôle de chacun (${acteurs.length} aujourd’hui) : employeurs, mission locale, organismes de formation…`
  return assessCriterion(
    rule,
    acteurs.length >= MIN_ACTEURS / 2 ? 'a-consolider' : 'axe-de-progres',
    hint,
  )
}

/** The duration of the action in days, or null when its dates are missing or reversed. */
export function durationInDays(values: FieldValues): number | null {
  const debut = Date.parse(stringValue(values, 'dateDebut'))
  const fin = Date.parse(stringValue(values, 'dateFin'))
  if (Number.isNaN(debut) || Number.isNaN(fin) || fin < debut) return null
  return Math.round((fin - debut) / MS_PER_DAY)
}

/** Assesses the étapes: ≥ 3, unless the action lasts ≤ 60 days. */
export function assessEtapes(values: FieldValues): QualityCriterion {
  const rule = { id: 'etapes', category: 'impact', label: 'Étapes', maxPoints: 5 } as const
  const count = itemsValue(values, 'etapes').filter((item) => isFilled(item, 'libelle')).length
  if (count >= MIN_ETAPES)
    return assessCriterion(rule, 'point-fort', `${count} étapes jalonnent l’action.`)
  const days = durationInDays(values)
  if (days !== null && days <= SHORT_ACTION_DAYS) {
    return assessCriterion(
      rule,
      'point-fort',
      `Action courte (${days} jours) : des étapes ne sont pas exigées.`,
    )
  }
  const hint = `Ajoutez au moins ${MIN_ETAPES} étapes datées (${count} aujourd’hui) : préparation, mise en œuvre, bilan.`
  return assessCriterion(rule, count > 0 ? 'a-consolider' : 'axe-de-progres', hint)
}

function namedIndicators(values: FieldValues): readonly ItemValues[] {
  return itemsValue(values, 'indicateurs').filter((item) => isFilled(item, 'libelle'))
}

function isEffectIndicator(item: ItemValues): boolean {
  return isEffectLevel(stringValue(item.values, 'niveau'))
}

/** Tells whether an indicator is quantified (a number as cible) and dated (a date cible). */
export function isSmartIndicator(item: ItemValues): boolean {
  return numberValue(item.values, 'cible') !== null && stringValue(item.values, 'dateCible') !== ''
}

/** Assesses that result indicators are quantified and dated (SMART). */
export function assessIndicateursSmart(values: FieldValues): QualityCriterion {
  const rule = {
    id: 'indicateurs-smart',
    category: 'impact',
    label: 'Indicateurs de résultat chiffrés et datés',
    maxPoints: 7,
  } as const
  const effects = namedIndicators(values).filter(isEffectIndicator)
  const smart = effects.filter(isSmartIndicator).length
  if (effects.length > 0 && smart === effects.length) {
    return assessCriterion(
      rule,
      'point-fort',
      'Chaque indicateur de résultat a une cible chiffrée et datée.',
    )
  }
  const hint =
    'Donnez à chaque indicateur de résultat une cible chiffrée et une date (ex. : « 30 entrées en formation d’ici juin »).'
  return assessCriterion(rule, smart > 0 ? 'a-consolider' : 'axe-de-progres', hint)
}

/** Assesses that at least one indicator measures effects (résultat or impact), not only outputs. */
export function assessIndicateursResultat(values: FieldValues): QualityCriterion {
  const rule = {
    id: 'indicateurs-resultat',
    category: 'impact',
    label: 'Mesure des résultats',
    maxPoints: 5,
  } as const
  const indicators = namedIndicators(values)
  if (indicators.some(isEffectIndicator)) {
    return assessCriterion(rule, 'point-fort', 'L’action mesure ses effets sur les bénéficiaires.')
  }
  const onlyOutputs = indicators.some(
    (item) => stringValue(item.values, 'niveau') === IndicatorLevel.Realisation,
  )
  const hint =
    'Ajoutez un indicateur de résultat (effets sur les bénéficiaires, ex. : « 35 recrutements dans les 3 mois ») en plus des réalisations.'
  return assessCriterion(rule, onlyOutputs ? 'a-consolider' : 'axe-de-progres', hint)
}

/** Assesses that the number of beneficiaries is given. */
export function assessBeneficiaires(values: FieldValues): QualityCriterion {
  const rule = {
    id: 'nombre-beneficiaires',
    category: 'impact',
    label: 'Nombre de bénéficiaires',
    maxPoints: 3,
  } as const
  const count = numberValue(values, 'nombreBeneficiaires')
  if (count !== null && count > 0)
    return assessCriterion(rule, 'point-fort', `${count} bénéficiaires visés ou touchés.`)
  return assessCriterion(
    rule,
    'axe-de-progres',
    'Indiquez le nombre de bénéficiaires visés (ou touchés, une fois l’action lancée).',
  )
}

/** Assesses that human and financial resources are described. */
export function assessRessources(values: FieldValues): QualityCriterion {
  const rule = {
    id: 'ressources',
    category: 'impact',
    label: 'Ressources et moyens',
    maxPoints: 2,
  } as const
  const words = countWords(stringValue(values, 'ressources'))
  if (words >= MIN_RESSOURCES_WORDS)
    return assessCriterion(rule, 'point-fort', 'Moyens humains et financiers décrits.')
  const hint =
    'Précisez les moyens humains (qui, combien de temps) et financiers (montant, financeur).'
  return assessCriterion(rule, words > 0 ? 'a-consolider' : 'axe-de-progres', hint)
}

/** Assesses that points of attention are noted. */
export function assessPointsDeVigilance(values: FieldValues): QualityCriterion {
  const rule = {
    id: 'points-de-vigilance',
    category: 'impact',
    label: 'Points de vigilance',
    maxPoints: 2,
  } as const
  if (stringValue(values, 'pointsDeVigilance').trim() !== '') {
    return assessCriterion(rule, 'point-fort', 'Risques et points de vigilance identifiés.')
  }
  return assessCriterion(
    rule,
    'axe-de-progres',
    'Notez les risques à surveiller (mobilisation des publics, mobilité, calendrier…).',
  )
}
