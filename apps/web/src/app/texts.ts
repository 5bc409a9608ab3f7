/** The French text of the frame common to every page. */
export const appTexts = {
  skipLink: 'Aller au contenu',
  tagline: 'Réseau pour l’emploi · Hauts-de-France',
  mainNav: 'Navigation principale',
  home: 'Accueil',
  toolbox: 'Boîte à outils',
  surveys: 'Enquêtes',
  exchanges: 'Échanges',
  ateliers: 'Ateliers',
  footer:
    'Maillage — espace de travail des comités locaux pour l’emploi et du comité régional pour l’emploi des Hauts-de-France.',
  accessibility: 'Accessibilité : partiellement conforme (RGAA 4.1)',
  notFoundTitle: 'Page introuvable',
  notFound: 'Cette page n’existe pas ou n’existe plus. Vérifiez l’adresse ou revenez à l’accueil.',
  backHome: 'Revenir à l’accueil',
  routeError:
    'Cette page n’a pas pu s’afficher. Rechargez-la ; si le problème persiste, prévenez l’équipe régionale.',
  reload: 'Recharger la page',
  loadingPage: 'Chargement de la page…',
  chunkError:
    'Une partie de l’application n’a pas pu être chargée : la connexion a été interrompue, ou Maillage vient d’être mis à jour. Réessayez ; la page sera rechargée.',
  retry: 'Réessayer',
} as const
