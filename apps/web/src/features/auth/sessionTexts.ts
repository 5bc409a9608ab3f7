/**
 * The French text of the session in the frame of every page, apart from the sign-in screen's
 * (`texts.ts`), which is downloaded with that screen only.
 */
export const sessionTexts = {
  checkingSession: 'Vérification de votre session…',
  logout: 'Se déconnecter',
  loggingOut: 'Déconnexion…',
} as const
