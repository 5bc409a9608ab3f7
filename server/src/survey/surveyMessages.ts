/** The French messages of the survey of the CLPE, in one place. */
export const SURVEY_MESSAGES = {
  notFound: 'Cette enquête n’existe pas ou vous n’y avez pas accès.',
  answerNotFound: 'Cette réponse n’existe pas ou vous n’y avez pas accès.',
  answerNotStarted:
    'Aucune réponse n’a encore été commencée ici : seuls les contributeurs et animateurs du CLPE en rédigent une.',
  invalid: 'L’enquête est incomplète ou incorrecte : corrigez les champs signalés.',
  notDraft:
    'L’enquête est déjà ouverte : ses questions et ses destinataires ne changent plus. Créez-en une nouvelle si besoin.',
  closedCannotReopen:
    'L’enquête est close : elle ne peut pas être rouverte. Créez-en une nouvelle.',
  cannotOpen: 'L’enquête ne peut pas encore être ouverte : corrigez les points signalés.',
  noQuestion: 'Ajoutez au moins une question avant d’ouvrir l’enquête.',
  noTarget: 'Choisissez au moins un CLPE destinataire avant d’ouvrir l’enquête.',
  closesBeforeOpens: 'La date de clôture doit suivre la date d’ouverture.',
  closesInPast: 'La date de clôture est déjà passée : choisissez une date à venir.',
  notAccepting: 'L’enquête n’accepte pas de réponse en ce moment (pas encore ouverte, ou close).',
  lateSubmission:
    'L’enquête est close : la réponse n’a pas été envoyée. Les réponses reçues avant la clôture restent comptées ; contactez l’équipe régionale si besoin.',
  noAnswerYet: 'Ouvrez d’abord la réponse de votre CLPE pour la remplir.',
  required: 'Répondez à cette question.',
  incomplete: 'La réponse est incomplète : répondez aux questions signalées puis renvoyez-la.',
  manageOnly: 'Seule l’équipe régionale crée les enquêtes et en consulte les résultats.',
  submitOnly:
    'Seuls les contributeurs et animateurs du CLPE envoient sa réponse ; les lecteurs la consultent.',
  notATool: 'Un des outils choisis n’est pas (ou plus) dans la boîte à outils : rechargez la page.',
  targetNotClpe: (spaceId: string): string =>
    `« ${spaceId} » n’est pas l’espace d’un CLPE : choisissez des CLPE comme destinataires.`,
} as const
