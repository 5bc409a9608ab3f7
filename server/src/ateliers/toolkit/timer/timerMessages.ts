/** The refusals of the session's timer, raised hands and reactions, in French, in one place. */
export const TIMER_MESSAGES = {
  facilitatorsOnly:
    'Seuls les animateurs de l’atelier (l’équipe de l’espace régional) conduisent le minuteur et donnent la parole.',
  participantsOnly:
    'Seules les personnes inscrites avec une place, et les animateurs, lèvent la main ou réagissent. Si vous êtes sur liste d’attente, vous suivez la session sans y participer.',
  sessionEnded: 'La session est terminée : reprenez-la avant de relancer le minuteur.',
  sessionNotLive:
    'La session n’est pas en cours : on lève la main et on réagit pendant la session.',
  notRunning: 'Le minuteur ne tourne pas : démarrez-le ou reprenez-le d’abord.',
  notPaused: 'Le minuteur n’est pas en pause.',
  timeUp: 'Le temps est déjà écoulé : ajoutez du temps ou relancez le minuteur.',
  noTimer: 'Aucun minuteur n’est lancé : démarrez-en un d’abord.',
  unknownItem: 'Ce point n’est plus au déroulé de l’atelier. Rechargez la page.',
  alreadyRaised: 'Vous avez déjà levé la main.',
  notRaised: 'Votre main n’est pas levée.',
  handGone: 'Cette personne a déjà baissé la main ou a déjà eu la parole.',
  queueFull: 'Trop de mains sont levées : attendez que l’animateur donne la parole.',
  reactingTooFast: (seconds: number) =>
    `Vous réagissez très vite : attendez ${seconds} s avant votre prochaine réaction.`,
} as const
