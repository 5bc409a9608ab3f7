import type { MailFrequency } from './mailPreferencesApi.ts'

/** The French text of the profile page's sections after the identity form. */
export const profileTexts = {
  tableOfContents: 'Sur cette page',
  identityHeading: 'Informations personnelles',

  mailHeading: 'Notifications par e-mail',
  mailIntro: (email: string) =>
    `Choisissez, pour chaque sorte d’e-mail, quand vous le recevez à l’adresse ${email}. Le résumé quotidien les regroupe en un seul e-mail, chaque matin.`,
  mailLoading: 'Chargement de vos préférences d’e-mail…',
  frequencies: {
    immediat: 'Immédiatement',
    quotidien: 'Dans le résumé quotidien',
    jamais: 'Jamais',
  } satisfies Record<MailFrequency, string>,
  mailSave: 'Enregistrer mes préférences d’e-mail',
  mailSaving: 'Enregistrement…',
  mailSaved: 'Vos préférences d’e-mail sont enregistrées.',

  securityHeading: 'Sécurité',
  passwordHeading: 'Changer de mot de passe',
  currentPassword: 'Mot de passe actuel',
  newPassword: 'Nouveau mot de passe',
  newPasswordHint: '12 caractères au moins.',
  confirmPassword: 'Confirmation du nouveau mot de passe',
  passwordSave: 'Changer mon mot de passe',
  passwordSaving: 'Changement…',
  passwordSaved:
    'Votre mot de passe est changé. Vos sessions ouvertes sur d’autres navigateurs ou appareils sont fermées ; celle-ci reste ouverte.',
  emptyCurrent: 'Saisissez votre mot de passe actuel.',
  shortNew: 'Le nouveau mot de passe doit compter 12 caractères au moins.',
  sameAsCurrent: 'Le nouveau mot de passe doit être différent de l’actuel.',
  mismatch: 'La confirmation ne correspond pas au nouveau mot de passe.',
  everywhereHeading: 'Sessions ouvertes',
  everywhereIntro:
    'Un appareil perdu, un ordinateur partagé ? Fermez toutes vos sessions, sur tous les navigateurs et appareils, celle-ci comprise. Il faudra ensuite vous reconnecter.',
  everywhere: 'Me déconnecter partout',
  everywhereLabel: 'Confirmer la déconnexion partout',
  everywhereQuestion: 'Fermer toutes vos sessions, celle-ci comprise ?',
  everywhereConfirm: 'Oui, me déconnecter partout',
  everywherePending: 'Déconnexion…',
  cancel: 'Annuler',

  dataHeading: 'Mes données',
  dataIntro:
    'Téléchargez tout ce que Maillage conserve à votre sujet : votre profil, vos espaces, les documents auxquels vous avez contribué (avec leurs liens), vos messages et commentaires, vos positions sur les avis, les versions que vous avez nommées, vos propositions de veille, vos réponses aux enquêtes et le journal de vos actions.',
  dataJson: 'Télécharger mes données (JSON, pour un autre logiciel)',
  dataHtml: 'Télécharger mes données (page lisible, HTML)',
  deleteHeading: 'Supprimer mon compte',
  deleteIntro:
    'La suppression retire votre nom, votre adresse électronique, votre organisation et votre mot de passe, vos appartenances aux espaces, vos notifications, vos jetons d’accès, vos abonnements d’agenda et vos adresses de flux de veille, et ferme toutes vos sessions. Elle est définitive.',
  deleteKept:
    'Les documents, discussions, commentaires, suggestions, avis, éléments de veille et mesures auxquels vous avez contribué restent lisibles par les autres membres : vous y apparaissez sous le nom « Ancien membre ». L’historique des versions garde chaque document tel qu’il était.',
  deleteStart: 'Supprimer mon compte…',
  deleteFormLabel: 'Confirmer la suppression du compte',
  deleteWord: 'Pour confirmer, tapez SUPPRIMER en majuscules',
  deletePassword: 'Votre mot de passe',
  deletePasswordHint: 'Laissez vide si vous vous connectez seulement avec ProConnect.',
  deleteConfirm: 'Supprimer définitivement mon compte',
  deletePending: 'Suppression…',
  wrongWord: 'Tapez SUPPRIMER en majuscules pour confirmer la suppression.',
} as const
