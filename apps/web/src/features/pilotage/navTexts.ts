// The main navigation is in the app's first file, loaded on every page: its label stays apart
// from the rest of the feature's texts, which come with the feature's screens.

/** The French label of la vue régionale in the main navigation. */
export const regionalNavTexts = {
  navLabel: 'Pilotage régional',
} as const
