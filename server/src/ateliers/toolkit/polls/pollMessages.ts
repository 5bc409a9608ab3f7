/** The French messages of the polls and word clouds, for people (codes are for programs). */
export const POLL_MESSAGES = {
  facilitatorsOnly: 'Seuls les animateurs de l’atelier préparent et mènent les sondages.',
  participantsOnly:
    'Seules les personnes inscrites (avec une place) et les animateurs répondent aux sondages.',
  notFound: 'Ce sondage n’existe pas dans cet atelier.',
  cloudNotFound: 'Ce nuage de mots n’existe pas dans cet atelier.',
  tooMany: 'Un atelier compte au plus 30 sondages : supprimez-en un d’abord.',
  tooManyClouds: 'Un atelier compte au plus 10 nuages de mots : supprimez-en un d’abord.',
  options: 'Un sondage à choix propose de 2 à 10 options.',
  noOptions: 'Seuls les sondages à choix proposent des options.',
  singleCorrect: 'Une question à choix unique n’a qu’une bonne réponse.',
  launched: 'Un sondage déjà lancé ne se modifie plus (seule sa place dans la liste change).',
  notOpen: 'Ce sondage n’est pas ouvert : les réponses ne sont plus modifiables.',
  cloudNotOpen: 'Ce nuage de mots est clos : les mots ne sont plus modifiables.',
  notLaunched: 'Lancez d’abord le sondage.',
  answerShape: 'Cette réponse ne correspond pas à la question posée.',
  unknownWord: 'Ce mot n’est pas dans le nuage.',
  sameWord: 'Choisissez deux mots différents à fusionner.',
  moderationFull: 'Ce nuage compte déjà trop de mots masqués ou fusionnés.',
} as const
