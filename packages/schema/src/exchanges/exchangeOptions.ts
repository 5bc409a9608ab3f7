import type { ChoiceOption } from '../kinds/FieldDefinition.ts'

/** The four kinds of thread of the échanges between CLPE and CoRE (issue #8). */
export const EXCHANGE_TYPE_OPTIONS = [
  { value: 'question', label: 'Question' },
  {
    value: 'remontee',
    label: 'Remontée',
    description: 'Un besoin que le CLPE ne peut pas satisfaire localement.',
  },
  { value: 'retour-experience', label: 'Retour d’expérience' },
  {
    value: 'signal-faible',
    label: 'Signal faible',
    description: 'Un signe encore discret d’une évolution du marché du travail.',
  },
] as const satisfies readonly ChoiceOption[]

/** Value of {@link EXCHANGE_TYPE_OPTIONS}. */
export type ExchangeType = (typeof EXCHANGE_TYPE_OPTIONS)[number]['value']

/** The types other territories may answer « nous aussi » to. */
export const ECHOABLE_EXCHANGE_TYPES: readonly ExchangeType[] = ['remontee', 'signal-faible']

/** The life of a thread: ouvert → pris en charge → répondu → clos. */
export const EXCHANGE_STATUS_OPTIONS = [
  { value: 'ouvert', label: 'Ouvert' },
  { value: 'pris-en-charge', label: 'Pris en charge' },
  { value: 'repondu', label: 'Répondu' },
  { value: 'clos', label: 'Clos' },
] as const satisfies readonly ChoiceOption[]

/** Value of {@link EXCHANGE_STATUS_OPTIONS}. */
export type ExchangeStatus = (typeof EXCHANGE_STATUS_OPTIONS)[number]['value']

/**
 * The themes of the échanges: what the CLPE observe (DOMAIN.md, item 7: employment, lifelong
 * training, orientation, mobility barriers, access to housing, the transitions, attractiveness).
 */
export const EXCHANGE_THEME_OPTIONS = [
  { value: 'emploi', label: 'Emploi et recrutement' },
  { value: 'formation', label: 'Formation tout au long de la vie' },
  { value: 'orientation', label: 'Orientation' },
  { value: 'insertion', label: 'Insertion et accompagnement' },
  { value: 'mobilite', label: 'Freins à la mobilité' },
  { value: 'logement', label: 'Accès au logement' },
  { value: 'transition-ecologique', label: 'Transition écologique' },
  { value: 'transition-demographique', label: 'Transition démographique' },
  { value: 'transition-numerique', label: 'Transition numérique' },
  { value: 'attractivite', label: 'Attractivité des territoires' },
  { value: 'pilotage', label: 'Pilotage et outils' },
] as const satisfies readonly ChoiceOption[]

/** Value of {@link EXCHANGE_THEME_OPTIONS}. */
export type ExchangeTheme = (typeof EXCHANGE_THEME_OPTIONS)[number]['value']

/** A subject raised by this many CLPE or more is flagged supra-territorial for the CoRE. */
export const SUPRA_TERRITORIAL_THRESHOLD = 3
