/** The French text of the sign-in screen (the frame's own: `sessionTexts.ts`). */
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
  emptyEmail: 'Saisissez votre adresse électronique.',
  emptyPassword: 'Saisissez votre mot de passe.',
  proConnect: 'S’identifier avec ProConnect',
  proConnectIntro:
    'Agents de l’État, des collectivités et de France Travail : connectez-vous avec votre compte professionnel.',
  whatIsProConnect: 'Qu’est-ce que ProConnect ? (nouvelle fenêtre)',
  passwordIntro:
    'Partenaires sans compte ProConnect : connectez-vous avec votre adresse et votre mot de passe.',
} as const

/** What the login page says when a sign-in through ProConnect came back refused (`?oidc=`). */
export const oidcRefusalTexts: Readonly<Record<string, string>> = {
  annulee: 'Vous avez annulé la connexion avec ProConnect.',
  expiree:
    'Cette connexion avec ProConnect a expiré ou a été ouverte dans un autre onglet : recommencez-la depuis ce bouton.',
  indisponible:
    'ProConnect ne répond pas pour le moment. Réessayez dans quelques minutes, ou connectez-vous avec votre adresse et votre mot de passe.',
  echec:
    'ProConnect n’a pas pu vous identifier. Réessayez, ou connectez-vous avec votre adresse et votre mot de passe.',
  'adresse-manquante':
    'ProConnect n’a pas transmis votre adresse électronique : Maillage ne peut pas vous identifier sans elle.',
  'adresse-non-verifiee':
    'ProConnect indique que votre adresse électronique n’est pas vérifiée : elle ne peut pas ouvrir de compte Maillage. Connectez-vous avec votre mot de passe, ou vérifiez-la auprès de votre fournisseur d’identité.',
  'adresse-deja-reliee':
    'Le compte Maillage de votre adresse est déjà relié à une autre identité ProConnect. Demandez à l’équipe régionale de vérifier votre compte.',
}
