/** The words of the Gouvernance section's frame. */
export const gouvernanceTexts = {
  navLabel: 'Gouvernance',
  subNavLabel: 'Sections de la gouvernance',
  instances: 'Instances',
  seances: 'Séances',
} as const
