// The main navigation is in the app's first file, loaded on every page: its label stays apart
// from the rest of the feature's texts, which come with the feature's screens.

/** The French label of la démarche de progression in the main navigation. */
export const maturityNavTexts = {
  navLabel: 'Démarche de progression',
} as const
