import type { ConnectionState } from './ConnectionState.ts'

/** The French text of the document screen. */
export const documentTexts = {
  loading: 'Chargement du document…',
  titleLabel: 'Titre du document',
  untitled: 'Document sans titre',
  editorLabel: 'Contenu du document',
  skipToText: 'Aller au texte du document',
  skipToFiche: 'Aller au texte de la fiche',
  keyboardHint:
    'Au clavier : dans un tableau, Tab passe à la cellule suivante ; Échap sort de l’éditeur.',
  toolbarLabel: 'Mise en forme',
  presenceLabel: 'Personnes présentes',
  sidePanelLabel: 'Présence et qualité',
  bodyHeading: 'Contenu libre',
  you: '(vous)',
  readOnlyNotice:
    'Vous consultez ce document en lecture seule : vous voyez les modifications des autres en direct, mais vous ne pouvez pas le modifier.',
  archivedNotice: 'Ce document est archivé : il reste consultable mais ne peut plus être modifié.',
  sharedNotice: 'Partagé avec tous les territoires',
  staleNotice:
    'À actualiser : cette fiche n’a pas changé depuis plus de 30 jours. Mettez à jour son statut, ses étapes et les mesures de ses indicateurs.',
  backToSpace: 'Retour à l’espace',
  lastChange: 'Dernière modification',
  reconnect: 'Se reconnecter',
  exportCsv: 'Exporter pour le tableau de bord (CSV)',
  exportJson: 'Exporter (JSON)',
  signInAgain: 'Se reconnecter à Maillage',
  linkLabel: 'Adresse du lien',
  linkApply: 'Appliquer le lien',
  linkRemove: 'Retirer le lien',
  linkCancel: 'Annuler',
  linkInvalid: 'Saisissez une adresse commençant par https://, http:// ou mailto:.',
} as const

/** The status line's words for each connection state (announced through `aria-live`). */
export const CONNECTION_STATE_TEXTS: Readonly<Record<ConnectionState, string>> = {
  connecting: 'Connexion…',
  synced: 'Synchronisé',
  reconnecting: 'Reconnexion…',
  offline: 'Hors ligne — vos modifications sont gardées sur cet appareil',
  'session-expired':
    'Votre session a expiré — vos modifications sont gardées sur cet appareil ; reconnectez-vous pour les envoyer',
  forbidden: 'Vous n’avez plus accès à ce document',
  refused: 'Le serveur a refusé une modification — vos modifications sont gardées sur cet appareil',
}

/**
 * The status line's words for a person who may only read the document: « Lecture seule » first,
 * then where the connection stands — never « Synchronisé », and never a promise to keep
 * modifications they cannot make.
 */
export const READ_ONLY_STATE_TEXTS: Readonly<Record<ConnectionState, string>> = {
  connecting: 'Lecture seule — connexion…',
  synced: 'Lecture seule — à jour, en direct',
  reconnecting: 'Lecture seule — reconnexion…',
  offline: 'Lecture seule — hors ligne',
  'session-expired':
    'Lecture seule — votre session a expiré ; reconnectez-vous pour suivre ce document',
  forbidden: 'Vous n’avez plus accès à ce document',
  refused: 'Lecture seule — le serveur a fermé la connexion',
}
