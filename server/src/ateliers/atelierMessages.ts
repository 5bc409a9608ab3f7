/** The refusals of the ateliers, in French, in one place. */
export const ATELIER_MESSAGES = {
  facilitatorsOnly:
    'Seuls les animateurs de l’atelier (l’équipe de l’espace régional) peuvent faire cela.',
  programmeOnly: 'Seule l’équipe de l’espace régional programme les ateliers.',
  cannotRegister: 'Vous ne pouvez pas vous inscrire.',
} as const
