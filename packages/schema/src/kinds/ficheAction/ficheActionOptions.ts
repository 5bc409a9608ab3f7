import type { ChoiceOption } from '../FieldDefinition.ts'

/** Where a fiche action comes from: the CLPE’s feuille de route or another plan. */
export const CADRE_OPTIONS: readonly ChoiceOption[] = [
  { value: 'feuille-de-route', label: 'Feuille de route du CLPE' },
  { value: 'autre-plan', label: 'Autre plan ou programme' },
]

/** The target publics of the national field model. */
export const PUBLIC_OPTIONS: readonly ChoiceOption[] = [
  { value: 'de', label: 'Demandeurs d’emploi' },
  { value: 'jeunes', label: 'Jeunes de moins de 26 ans' },
  { value: 'seniors', label: 'Seniors (50 ans et plus)' },
  { value: 'brsa', label: 'Bénéficiaires du RSA' },
  { value: 'boeth', label: 'Travailleurs handicapés (BOETH)' },
  { value: 'qpv', label: 'Habitants des quartiers prioritaires (QPV)' },
  { value: 'femmes', label: 'Femmes' },
  { value: 'deld', label: 'Demandeurs d’emploi de longue durée' },
  { value: 'neet', label: 'Jeunes ni en emploi, ni en études, ni en formation (NEET)' },
  { value: 'salaries', label: 'Salariés' },
  { value: 'employeurs', label: 'Employeurs' },
]

/** The themes a fiche action can address. */
export const THEMATIQUE_OPTIONS: readonly ChoiceOption[] = [
  { value: 'recrutement', label: 'Recrutement et métiers en tension' },
  { value: 'formation', label: 'Formation et compétences' },
  { value: 'orientation', label: 'Orientation' },
  { value: 'accompagnement', label: 'Accompagnement vers l’emploi' },
  { value: 'mobilite', label: 'Mobilité' },
  { value: 'logement', label: 'Logement' },
  { value: 'garde-enfants', label: 'Garde d’enfants' },
  { value: 'sante', label: 'Santé' },
  { value: 'numerique', label: 'Inclusion numérique' },
  { value: 'creation-activite', label: 'Création d’activité' },
  { value: 'transitions', label: 'Transitions écologique et numérique' },
  { value: 'attractivite', label: 'Attractivité des métiers et du territoire' },
]

/** The impact typology of an action, from information to access to employment. */
export const TYPOLOGIE_IMPACT_OPTIONS: readonly ChoiceOption[] = [
  { value: 'information', label: '1 — Information, sensibilisation' },
  { value: 'levee-de-freins', label: '2 — Levée de freins, développement des compétences' },
  { value: 'acces-emploi', label: '3 — Accès à l’emploi' },
]

/** Whether the action should be run again, as self-assessed in the bilan. */
export const RECONDUCTION_OPTIONS: readonly ChoiceOption[] = [
  { value: 'oui', label: 'Oui' },
  { value: 'peut-etre', label: 'Peut-être' },
  { value: 'non', label: 'Non' },
]

/** The progress of one étape. */
export const ETAPE_STATUT_OPTIONS: readonly ChoiceOption[] = [
  { value: 'a-venir', label: 'À venir' },
  { value: 'en-cours', label: 'En cours' },
  { value: 'realisee', label: 'Réalisée' },
]

/** The French label of `value` among `options`, or `''` when it is not one of them. */
export function optionLabel(options: readonly ChoiceOption[], value: string): string {
  return options.find((option) => option.value === value)?.label ?? ''
}
