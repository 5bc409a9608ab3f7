/** The French text of the accueil. */
export const homeTexts = {
  pageTitle: 'Accueil',
  heading: 'Accueil',
  greeting: (name: string) => `Bonjour ${name}`,
  mySpaces: 'Mes espaces',
  mySpacesLoading: 'Chargement de vos espaces…',
  noSpaces:
    'Vous n’êtes membre d’aucun espace pour l’instant. Demandez un lien d’invitation à l’animateur de votre comité.',
  otherSpaces: 'Les autres espaces',
  otherSpacesHint: 'Vous y voyez les documents partagés avec tous les territoires.',
  recent: 'Modifiés récemment',
  noRecent: 'Aucun document pour l’instant : créez-en un depuis l’un de vos espaces.',
  sinceLastVisit: 'Depuis votre dernière visite',
  firstVisit:
    'Bienvenue ! Les documents modifiés par les autres apparaîtront ici à votre prochaine visite.',
  nothingChanged: (since: string) => `Rien n’a changé depuis votre dernière visite (${since}).`,
  changedSince: (since: string) => `Modifiés par d’autres depuis le ${since} :`,
  loading: 'Chargement de l’activité…',
  role: 'votre rôle :',
  avisDeadlinesHeading: 'Avis à rendre',
  avisDeadline: (date: string) => `Date limite\u00a0: ${date}`,
  avisDaysLeft: (days: number) =>
    days < 0
      ? 'dépassée'
      : days === 0
        ? 'aujourd’hui'
        : days === 1
          ? 'demain'
          : `dans ${days} jours`,
} as const
