/** What the comments tell people when something is refused, in one place. */
export const COMMENT_MESSAGES = {
  notAllowed:
    'Vous ne pouvez pas commenter ce document : l’espace réserve les commentaires à ses contributeurs, ou le document est archivé.',
  threadNotFound: 'Ce commentaire n’existe pas, ou il a été supprimé.',
  tooManyThreads: (max: number) =>
    `Ce document compte déjà ${max.toLocaleString('fr-FR')} fils de commentaires : résolvez ou regroupez les anciens avant d’en ouvrir un autre.`,
  tooManyMessages: (max: number) =>
    `Ce fil compte déjà ${max} messages : ouvrez un nouveau commentaire pour poursuivre.`,
  unknownField: (field: string) =>
    `Le champ « ${field} » n’existe pas dans ce type de document : commentez un champ affiché.`,
  anchorOutsideText:
    'Le passage commenté n’est pas dans le texte du document : sélectionnez à nouveau le passage.',
  mentionNotReader:
    'Une personne mentionnée ne peut pas lire ce document : retirez sa mention ou invitez-la dans l’espace.',
  commentingTooFast: (seconds: number) =>
    `Vous avez envoyé beaucoup de commentaires en peu de temps : attendez ${seconds} seconde${seconds > 1 ? 's' : ''} avant d’envoyer le suivant.`,
} as const
