import type { ConnectionState } from './ConnectionState.ts'

/** The French text of presence and of the connection's status line. */
export const collaborationTexts = {
  presenceLabel: 'Personnes présentes',
  you: '(vous)',
  reconnect: 'Se reconnecter',
  signInAgain: 'Se reconnecter à Maillage',
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
