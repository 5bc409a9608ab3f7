import type { FieldValues } from '../../FieldValues.ts'
import type { QualityCriterion } from '../../QualityReport.ts'
import { choicesValue, stringValue } from '../../fields/fieldValue.ts'
import { FicheActionStatus } from '../FicheActionStatus.ts'
import { assessCriterion } from './assessCriterion.ts'
import { findJargon } from './VAGUE_JARGON.ts'
import { countWords, hasFigure, measureOverlap } from './textMeasures.ts'

/** Most words of a title (national rule). */
export const MAX_TITLE_WORDS = 12
/** Fewest words of a problématique (national rule: « environ 40 mots »). */
export const MIN_PROBLEMATIQUE_WORDS = 40
/** Fewest words of a description (national rule: « environ 60 mots »). */
export const MIN_DESCRIPTION_WORDS = 60
/**
 * A problématique is a copy of the description when the Jaccard index of their significant words
 * reaches this, or when this share of its own words (containment) is found in the description.
 */
export const COPY_JACCARD = 0.6
export const COPY_CONTAINMENT = 0.8
/** Below a copy, the problématique still leans on the description from these values on. */
export const CLOSE_JACCARD = 0.35
export const CLOSE_CONTAINMENT = 0.6
/** Most publics for a point fort (national rule: « moins de 3 publics »). */
export const MAX_PUBLICS = 2
/** Most thématiques (national rule). */
export const MAX_THEMATIQUES = 4

/** Assesses the title (titre ≤ 12 mots). */
export function assessTitre(title: string): QualityCriterion {
  const rule = {
    id: 'titre-longueur',
    category: 'description',
    label: 'Titre court',
    maxPoints: 3,
  } as const
  const words = countWords(title)
  if (words === 0)
    return assessCriterion(
      rule,
      'axe-de-progres',
      'Donnez un titre à la fiche, en 12 mots au plus.',
    )
  if (words <= MAX_TITLE_WORDS)
    return assessCriterion(rule, 'point-fort', `Titre court et lisible (${words} mots).`)
  const level = words <= MAX_TITLE_WORDS + 4 ? 'a-consolider' : 'axe-de-progres'
  return assessCriterion(
    rule,
    level,
    `Raccourcissez le titre à 12 mots au plus (il en compte ${words}) : gardez l’action et son public.`,
  )
}

/** Assesses the length of the problématique (≥ ~40 mots). */
export function assessProblematiqueLongueur(values: FieldValues): QualityCriterion {
  const rule = {
    id: 'problematique-longueur',
    category: 'description',
    label: 'Problématique développée',
    maxPoints: 4,
  } as const
  const words = countWords(stringValue(values, 'problematique'))
  if (words >= MIN_PROBLEMATIQUE_WORDS)
    return assessCriterion(rule, 'point-fort', `Problématique développée (${words} mots).`)
  const hint = `Décrivez le besoin local en ${MIN_PROBLEMATIQUE_WORDS} mots au moins (${words} aujourd’hui) : qui est concerné, combien, depuis quand.`
  return assessCriterion(
    rule,
    words >= MIN_PROBLEMATIQUE_WORDS / 2 ? 'a-consolider' : 'axe-de-progres',
    hint,
  )
}

/** Assesses whether the problématique carries figures (local need « avec des chiffres »). */
export function assessProblematiqueChiffree(values: FieldValues): QualityCriterion {
  const rule = {
    id: 'problematique-chiffree',
    category: 'description',
    label: 'Problématique chiffrée',
    maxPoints: 2,
  } as const
  const text = stringValue(values, 'problematique')
  if (hasFigure(text))
    return assessCriterion(rule, 'point-fort', 'La problématique s’appuie sur des chiffres.')
  const level = text.trim() === '' ? 'axe-de-progres' : 'a-consolider'
  return assessCriterion(
    rule,
    level,
    'Chiffrez le besoin avec sa source et sa date (ex. : « 420 offres saisonnières non pourvues en 2024, France Travail »).',
  )
}

/** Assesses whether the problématique is distinct from the description (not a copy). */
export function assessProblematiqueDistincte(values: FieldValues): QualityCriterion {
  const rule = {
    id: 'problematique-distincte',
    category: 'description',
    label: 'Problématique distincte de la solution',
    maxPoints: 3,
  } as const
  const problematique = stringValue(values, 'problematique')
  const description = stringValue(values, 'description')
  if (problematique.trim() === '' || description.trim() === '') {
    return assessCriterion(
      rule,
      'axe-de-progres',
      'Rédigez la problématique (le besoin) et la description (la réponse) dans deux champs distincts.',
    )
  }
  const { jaccard, containment } = measureOverlap(problematique, description)
  if (jaccard >= COPY_JACCARD || containment >= COPY_CONTAINMENT) {
    return assessCriterion(
      rule,
      'axe-de-progres',
      'La problématique reprend la description : décrivez le besoin du territoire, pas l’action qui y répond.',
    )
  }
  if (jaccard >= CLOSE_JACCARD || containment >= CLOSE_CONTAINMENT) {
    return assessCriterion(
      rule,
      'a-consolider',
      'La problématique ressemble à la description : recentrez-la sur le besoin constaté et ses chiffres.',
    )
  }
  return assessCriterion(
    rule,
    'point-fort',
    'La problématique expose le besoin, distinct de la solution.',
  )
}

/** Assesses the length of the description (≥ ~60 mots). */
export function assessDescriptionLongueur(values: FieldValues): QualityCriterion {
  const rule = {
    id: 'description-longueur',
    category: 'description',
    label: 'Description développée',
    maxPoints: 4,
  } as const
  const words = countWords(stringValue(values, 'description'))
  if (words >= MIN_DESCRIPTION_WORDS)
    return assessCriterion(rule, 'point-fort', `Description développée (${words} mots).`)
  const hint = `Décrivez le contenu, les méthodes et les lieux de l’action en ${MIN_DESCRIPTION_WORDS} mots au moins (${words} aujourd’hui).`
  return assessCriterion(
    rule,
    words >= MIN_DESCRIPTION_WORDS / 2 ? 'a-consolider' : 'axe-de-progres',
    hint,
  )
}

/** Assesses the absence of vague jargon in the problématique and the description. */
export function assessJargon(values: FieldValues): QualityCriterion {
  const rule = {
    id: 'description-jargon',
    category: 'description',
    label: 'Vocabulaire concret',
    maxPoints: 2,
  } as const
  const text = `${stringValue(values, 'problematique')}\n${stringValue(values, 'description')}`
  if (text.trim() === '') {
    return assessCriterion(
      rule,
      'a-consolider',
      'Rédigez la problématique et la description en termes concrets.',
    )
  }
  const found = findJargon(text)
  if (found.length === 0)
    return assessCriterion(rule, 'point-fort', 'Vocabulaire concret, sans jargon.')
  const quoted = found.map((term) => `« ${term} »`).join(', ')
  const hint = `Remplacez ${quoted} par ce qui est fait concrètement : qui, quoi, où, combien.`
  return assessCriterion(rule, found.length === 1 ? 'a-consolider' : 'axe-de-progres', hint)
}

/** Assesses the number of publics (≤ 2 point fort, 3 à consolider, more or none axe de progrès). */
export function assessPublics(values: FieldValues): QualityCriterion {
  const rule = {
    id: 'publics-cibles',
    category: 'description',
    label: 'Publics ciblés',
    maxPoints: 3,
  } as const
  const count = choicesValue(values, 'publicsCibles').length
  if (count === 0)
    return assessCriterion(
      rule,
      'axe-de-progres',
      'Choisissez le ou les deux publics visés en priorité.',
    )
  if (count <= MAX_PUBLICS)
    return assessCriterion(
      rule,
      'point-fort',
      'Publics resserrés : l’action sait à qui elle s’adresse.',
    )
  const hint = `Resserrez à ${MAX_PUBLICS} publics au plus (${count} choisis) : une action qui vise tout le monde ne touche personne en particulier.`
  return assessCriterion(rule, count === MAX_PUBLICS + 1 ? 'a-consolider' : 'axe-de-progres', hint)
}

/** Assesses the number of thématiques (1 to 4 point fort, 5 à consolider, more or none axe de progrès). */
export function assessThematiques(values: FieldValues): QualityCriterion {
  const rule = {
    id: 'thematiques',
    category: 'description',
    label: 'Thématiques ciblées',
    maxPoints: 2,
  } as const
  const count = choicesValue(values, 'thematiques').length
  if (count === 0)
    return assessCriterion(
      rule,
      'axe-de-progres',
      'Choisissez les thématiques de l’action (4 au plus).',
    )
  if (count <= MAX_THEMATIQUES) return assessCriterion(rule, 'point-fort', 'Thématiques ciblées.')
  const hint = `Gardez ${MAX_THEMATIQUES} thématiques au plus (${count} choisies) : celles où l’action agit vraiment.`
  return assessCriterion(
    rule,
    count === MAX_THEMATIQUES + 1 ? 'a-consolider' : 'axe-de-progres',
    hint,
  )
}

/** Assesses the dates: present, coherent (fin ≥ début), and status not left open past the end. */
export function assessDates(values: FieldValues, now: number): QualityCriterion {
  const rule = {
    id: 'dates',
    category: 'description',
    label: 'Dates renseignées et cohérentes',
    maxPoints: 2,
  } as const
  const debut = stringValue(values, 'dateDebut')
  const fin = stringValue(values, 'dateFin')
  if (debut === '' && fin === '')
    return assessCriterion(
      rule,
      'axe-de-progres',
      'Indiquez les dates de début et de fin de l’action.',
    )
  if (debut === '' || fin === '')
    return assessCriterion(
      rule,
      'a-consolider',
      `Indiquez aussi la date de ${debut === '' ? 'début' : 'fin'} de l’action.`,
    )
  if (fin < debut)
    return assessCriterion(
      rule,
      'axe-de-progres',
      'La date de fin précède la date de début : corrigez l’une des deux.',
    )
  const status = stringValue(values, 'statut')
  const open =
    status === FicheActionStatus.EnCours || status === FicheActionStatus.EnAttenteDeValidation
  // Dates compare as `YYYY-MM-DD` strings; UTC is close enough for a day-level check.
  if (open && fin < new Date(now).toISOString().slice(0, 10)) {
    return assessCriterion(
      rule,
      'a-consolider',
      'La date de fin est passée : passez la fiche en « Terminée » (ou « Abandonnée ») et rédigez le bilan, ou reportez la date.',
    )
  }
  return assessCriterion(rule, 'point-fort', 'Dates renseignées et cohérentes.')
}
