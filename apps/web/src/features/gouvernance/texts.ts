/** The words of the Gouvernance section's frame. */
export const gouvernanceTexts = {
  navLabel: 'Gouvernance',
  subNavLabel: 'Sections de la gouvernance',
  instances: 'Instances',
  seances: 'Séances',
  programme: 'Programme d’accompagnement',
  decisions: 'Registre des décisions',
  calendrier: 'Calendrier',
} as const
