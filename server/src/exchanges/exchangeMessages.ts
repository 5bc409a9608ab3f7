/** What the échanges tell people when something is refused, in one place. */
export const EXCHANGE_MESSAGES = {
  notFound: 'Cet échange n’existe pas, ou il a été supprimé.',
  postOnly:
    'Seuls les contributeurs et animateurs d’un espace ouvrent un échange ou y répondent : en lecteur, vous suivez les échanges sans écrire.',
  statusOnly: 'Seuls l’auteur de l’échange, le CoRE et l’équipe régionale changent son statut.',
  closed: 'Cet échange est clos : il doit être rouvert pour recevoir de nouveaux messages.',
  originNotClpe: 'L’échange est soulevé pour un CLPE : choisissez l’un des 26 CLPE de la région.',
  originNotEditor:
    'Vous ne pouvez soulever un sujet qu’au nom d’un CLPE dont vous êtes contributeur ou animateur.',
  territoryNotClpe: 'Les territoires concernés sont des CLPE : retirez ceux qui n’en sont pas.',
  badTerritoryFilter: 'Ce territoire n’existe pas : choisissez un CLPE ou un espace de la liste.',
  notEchoable:
    'On dit « nous aussi » à une remontée ou à un signal faible, pas à une question ni à un retour d’expérience.',
  echoOfOrigin: 'Ce sujet a été soulevé par ce CLPE : il n’a pas à dire « nous aussi ».',
  echoTwice: 'Ce CLPE a déjà dit « nous aussi » à ce sujet.',
  echoSpaceNotClpe: 'Seul un CLPE dit « nous aussi » : choisissez l’un des 26 CLPE de la région.',
  echoNotEditor:
    'Vous ne pouvez dire « nous aussi » qu’au nom d’un CLPE dont vous êtes contributeur ou animateur.',
  echoNotFound: 'Ce CLPE n’a pas dit « nous aussi » à ce sujet.',
  echoRemoveOnly: 'Seuls les contributeurs et animateurs de ce CLPE retirent son « nous aussi ».',
  messageNotDocument: 'Le message n’est pas un texte mis en forme valide : réécrivez-le.',
  messageEmpty: 'Le message est vide : écrivez un texte ou mentionnez une personne.',
  messageTooLong: (max: number) =>
    `Le message est trop long : ${max.toLocaleString('fr-FR')} caractères au plus. Découpez-le ou mettez le détail dans un document partagé.`,
  messageTooLarge:
    'Le message est trop volumineux (mise en forme trop chargée) : simplifiez-le ou découpez-le.',
  messageUnknownNode: (type: string) =>
    `Le message contient un élément non pris en charge (« ${type} ») : retirez-le.`,
  messageBadLink: (href: string) =>
    `Le lien « ${href} » n’est pas accepté : seuls les liens web (http, https) et les adresses e-mail (mailto) le sont.`,
  messageBadCharacters:
    'Le message contient des caractères invalides (caractère nul ou caractère coupé en deux) : retapez le passage collé au lieu de le copier.',
  tooManyMentions: (max: number) =>
    `Vous pouvez mentionner ${max} personnes au plus dans un message.`,
  postingTooFast: (seconds: number) =>
    `Vous avez envoyé beaucoup de messages en peu de temps : attendez ${seconds} seconde${seconds > 1 ? 's' : ''} avant d’envoyer le suivant.`,
  signInToRead: 'Connectez-vous pour lire les échanges.',
} as const
