/** The French text of sign-in, sign-out and session screens. */
export const authTexts = {
  pageTitle: 'Connexion',
  heading: 'Connexion à Maillage',
  intro:
    'L’espace de travail des comités locaux pour l’emploi et du comité régional pour l’emploi des Hauts-de-France.',
  email: 'Adresse électronique',
  emailHint: 'Par exemple : prenom.nom@exemple.fr',
  password: 'Mot de passe',
  submit: 'Se connecter',
  submitting: 'Connexion en cours…',
  noAccount:
    'Pas encore de compte ? Demandez un lien d’invitation à l’animateur de votre comité local pour l’emploi.',
  checkingSession: 'Vérification de votre session…',
  logout: 'Se déconnecter',
  loggingOut: 'Déconnexion…',
  emptyEmail: 'Saisissez votre adresse électronique.',
  emptyPassword: 'Saisissez votre mot de passe.',
} as const
