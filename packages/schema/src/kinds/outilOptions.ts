import type { ChoiceOption } from './FieldDefinition.ts'

/** The statuses of a tool: a new one exists only once the comité de pilotage has validated it. */
export const OUTIL_STATUS_OPTIONS = [
  { value: 'existant', label: 'Existant' },
  { value: 'a-adapter', label: 'À adapter' },
  { value: 'nouveau', label: 'Nouveau (validé par le comité de pilotage)' },
] as const

/** What a tool is: the four families of the toolbox. */
export const OUTIL_TYPE_OPTIONS: readonly ChoiceOption[] = [
  { value: 'diagnostic', label: 'Diagnostic' },
  { value: 'suivi-pilotage', label: 'Suivi et pilotage' },
  { value: 'dispositif', label: 'Dispositif de droit commun' },
  { value: 'methode', label: 'Méthode' },
]

/** The themes a tool covers (those the CLPE observe, DOMAIN.md). */
export const OUTIL_THEMATIQUE_OPTIONS: readonly ChoiceOption[] = [
  { value: 'emploi', label: 'Emploi' },
  { value: 'formation', label: 'Formation' },
  { value: 'orientation', label: 'Orientation' },
  { value: 'insertion', label: 'Insertion' },
  { value: 'mobilite', label: 'Mobilité' },
  { value: 'logement', label: 'Logement' },
  { value: 'transitions', label: 'Transitions' },
  { value: 'collaboration', label: 'Travail collaboratif' },
]

/** Who a tool is meant for. */
export const OUTIL_PUBLIC_OPTIONS: readonly ChoiceOption[] = [
  { value: 'clpe', label: 'CLPE' },
  { value: 'france-travail', label: 'France Travail' },
  { value: 'missions-locales', label: 'Missions locales' },
  { value: 'cap-emploi', label: 'Cap emploi' },
  { value: 'collectivites', label: 'Collectivités' },
  { value: 'etat', label: 'Services de l’État' },
  { value: 'employeurs', label: 'Employeurs' },
  { value: 'organismes-formation', label: 'Organismes de formation' },
  { value: 'associations', label: 'Associations' },
]

/** The scale a tool works at. */
export const OUTIL_ECHELLE_OPTIONS: readonly ChoiceOption[] = [
  { value: 'national', label: 'Nationale' },
  { value: 'regional', label: 'Régionale' },
  { value: 'local', label: 'Locale' },
]

/** Longest one-line summary of a tool, in characters. */
export const OUTIL_RESUME_MAX_LENGTH = 200
