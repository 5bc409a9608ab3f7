import type { ChoiceOption } from '../kinds/FieldDefinition.ts'

/** Formats of the ateliers of the awareness programme. */
export const ATELIER_FORMAT_OPTIONS = [
  { value: 'webinaire', label: 'Webinaire' },
  { value: 'atelier-virtuel', label: 'Atelier virtuel' },
] as const satisfies readonly ChoiceOption[]

/** Value of {@link ATELIER_FORMAT_OPTIONS}. */
export type AtelierFormat = (typeof ATELIER_FORMAT_OPTIONS)[number]['value']

/** Themes of the programme (DOMAIN.md, item 1). */
export const ATELIER_THEME_OPTIONS = [
  { value: 'enjeux-regionaux', label: 'Enjeux régionaux et territoriaux' },
  { value: 'filieres-rev3', label: 'Filières REV3' },
  { value: 'cop-emploi-competences', label: 'COP emploi-compétences' },
  { value: 'anticipation-competences', label: 'Anticipation des compétences' },
  { value: 'dispositifs', label: 'Dispositifs mobilisables' },
  { value: 'outils', label: 'Outils' },
  { value: 'pilotage-impact', label: 'Pilotage et mesure d’impact' },
] as const satisfies readonly ChoiceOption[]

/** Value of {@link ATELIER_THEME_OPTIONS}. */
export type AtelierTheme = (typeof ATELIER_THEME_OPTIONS)[number]['value']

/** The time zone of every atelier date and time. */
export const ATELIER_TIME_ZONE = 'Europe/Paris'

/** The live session of an atelier: à venir → en cours → terminée. */
export const ATELIER_SESSION_STATES = ['a-venir', 'en-cours', 'terminee'] as const

/** Value of {@link ATELIER_SESSION_STATES}. */
export type AtelierSessionState = (typeof ATELIER_SESSION_STATES)[number]
