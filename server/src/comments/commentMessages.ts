/** What the comments tell people when something is refused, in one place. */
export const COMMENT_MESSAGES = {
  notAllowed:
    'Vous ne pouvez pas commenter ce document\u00a0: l’espace réserve les commentaires à ses contributeurs, ou le document est archivé.',
  threadNotFound: 'Ce commentaire n’existe pas, ou il a été supprimé.',
  notAuthor: 'Vous ne pouvez modifier ou supprimer que vos propres commentaires.',
  tooManyThreads: (max: number) =>
    `Ce document compte déjà ${max.toLocaleString('fr-FR')} fils de commentaires\u00a0: résolvez ou regroupez les anciens avant d’en ouvrir un autre.`,
  tooManyMessages: (max: number) =>
    `Ce fil compte déjà ${max} messages\u00a0: ouvrez un nouveau commentaire pour poursuivre.`,
  unknownField: (field: string) =>
    `Le champ «\u00a0${field}\u00a0» n’existe pas dans ce type de document\u00a0: commentez un champ affiché.`,
  anchorOutsideText:
    'Le passage commenté n’est pas dans le texte du document\u00a0: sélectionnez à nouveau le passage.',
  mentionNotReader:
    'Une personne mentionnée ne peut pas lire ce document\u00a0: retirez sa mention ou invitez-la dans l’espace.',
  commentingTooFast: (seconds: number) =>
    `Vous avez envoyé beaucoup de commentaires en peu de temps\u00a0: attendez ${seconds} seconde${seconds > 1 ? 's' : ''} avant d’envoyer le suivant.`,
} as const
