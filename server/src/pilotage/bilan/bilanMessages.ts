/** The French messages of the bilan for the bureau du CoRE. */
export const BILAN_MESSAGES = {
  draftersOnly:
    'Seule l’équipe régionale (animateurs et contributeurs de l’espace régional) rédige le bilan pour le bureau du CoRE.',
  tooFast: (seconds: number): string =>
    `Vous avez rédigé plusieurs bilans en peu de temps : attendez ${seconds} seconde${seconds > 1 ? 's' : ''} avant d’en rédiger un autre.`,
} as const
