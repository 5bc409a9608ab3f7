/** The wall's refusals, in French. */
export const WALL_MESSAGES = {
  participantsOnly:
    'Seules les personnes inscrites (avec une place) et les animateurs participent au mur.',
  adminsOnly: 'Seule l’équipe régionale (administrateurs) peut voir qui a écrit une note anonyme.',
  ended: 'La session est terminée : le mur ne change plus.',
  anonymousClosed: 'L’animateur n’a pas ouvert la publication anonyme pour cette session.',
  votesClosed: 'Les votes sont fermés pour le moment.',
  budgetSpent: 'Vous avez placé tous vos points : retirez-en un pour voter ailleurs.',
  noDotHere: 'Vous n’avez pas de point sur cette note.',
  noteMissing: 'Cette note n’existe pas ou plus.',
  noteHidden: 'Cette note est masquée : on ne peut plus voter pour elle.',
  groupMissing: 'Ce groupe n’existe pas ou plus.',
  wallFull: 'Le mur est plein : retirez des notes avant d’en ajouter.',
  notYours: 'Seuls l’auteur de la note et les animateurs peuvent la retirer.',
  notAnonymous: 'Cette note n’est pas anonyme : son auteur est indiqué sur le mur.',
} as const
