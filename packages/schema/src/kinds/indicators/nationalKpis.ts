import type { ChoiceOption } from '../FieldDefinition.ts'

/**
 * The indicators of the Réseau pour l’emploi set by the comité national pour l’emploi (arrêté du
 * 14 mars 2025). A fiche’s indicator may be tied to one of them (`kpi`), so that the region sees
 * which actions contribute to which national indicator.
 */
export const NATIONAL_KPIS: readonly ChoiceOption[] = [
  {
    value: 'acces-emploi-6-mois',
    label: 'Accès à l’emploi à 6 mois',
    description:
      'Part des personnes accompagnées qui ont travaillé au moins une fois dans les 6 mois suivant leur entrée en accompagnement.',
  },
  {
    value: 'presence-emploi-6-mois',
    label: 'Présence en emploi à 6 mois',
    description:
      'Part des personnes accompagnées qui sont en emploi le 6ᵉ mois suivant leur entrée en accompagnement.',
  },
  {
    value: 'delai-debut-accompagnement',
    label: 'Délai entre l’inscription et le début de l’accompagnement',
    description:
      'Nombre de jours entre l’inscription comme demandeur d’emploi et le premier rendez-vous d’accompagnement.',
  },
  {
    value: 'taux-pourvoi-offres',
    label: 'Taux de pourvoi des offres',
    description: 'Part des offres d’emploi confiées au réseau qui ont été pourvues.',
  },
  {
    value: 'delai-pourvoi-offres',
    label: 'Délai de pourvoi des offres',
    description: 'Nombre de jours entre le dépôt d’une offre et son pourvoi.',
  },
  {
    value: 'recours-employeurs-reseau',
    label: 'Taux de recours des employeurs au réseau',
    description:
      'Part des employeurs qui recrutent qui ont fait appel au réseau (dépôt d’offre, présélection, aide au recrutement).',
  },
  {
    value: 'publics-prioritaires-formation',
    label: 'Part des publics prioritaires dans les entrées en formation',
    description:
      'Part des entrées en formation qui bénéficient aux publics prioritaires (peu qualifiés, DELD, jeunes, BRSA, BOETH, résidents de QPV).',
  },
  {
    value: 'satisfaction-demandeurs-emploi',
    label: 'Satisfaction des demandeurs d’emploi',
    description:
      'Part des demandeurs d’emploi satisfaits de l’accompagnement reçu, selon les enquêtes du réseau.',
  },
  {
    value: 'satisfaction-entreprises',
    label: 'Satisfaction des entreprises',
    description:
      'Part des entreprises satisfaites du service reçu pour leurs recrutements, selon les enquêtes du réseau.',
  },
]

/** The French label of the national KPI `value`, or `''` when it is none of them. */
export function nationalKpiLabel(value: string): string {
  return NATIONAL_KPIS.find((kpi) => kpi.value === value)?.label ?? ''
}
