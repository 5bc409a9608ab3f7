/**
 * What a mail is about: each person chooses, per kind, how they receive it (see
 * {@link DEFAULT_MAIL_FREQUENCY}). The ids are stable: they are stored in preferences, outbox
 * records and unsubscribe tokens.
 */
export const MAIL_KINDS = [
  'mention',
  'decision-proposition',
  'nouvelle-proposition',
  'inscription-atelier',
  'promotion-liste-attente',
  'rappel-atelier',
  'changement-date-atelier',
  'reponse-discussion',
  'nous-aussi',
  'enquete-ouverte',
  'invitation',
  'supra-territorial',
  'lettre',
  'convocation-seance',
] as const
export type MailKind = (typeof MAIL_KINDS)[number]

/** How a person receives one kind of mail: at once, grouped in the 7 h digest, or not at all. */
export const MAIL_FREQUENCIES = ['immediat', 'quotidien', 'jamais'] as const
export type MailFrequency = (typeof MAIL_FREQUENCIES)[number]

/** The name of each kind, in French, as the preferences page and the mails' footer show it. */
export const MAIL_KIND_LABELS: Readonly<Record<MailKind, string>> = {
  mention: 'Quelqu’un vous mentionne',
  'decision-proposition': 'Décision sur votre proposition d’outil',
  'nouvelle-proposition': 'Nouvelle proposition d’outil (comité de pilotage)',
  'inscription-atelier': 'Votre inscription à un atelier',
  'promotion-liste-attente': 'Une place se libère dans un atelier',
  'rappel-atelier': 'Rappel la veille d’un atelier',
  'changement-date-atelier': 'Changement de date d’un atelier',
  'reponse-discussion': 'Réponse dans une discussion que vous avez lancée',
  'nous-aussi': '« Nous aussi » sur une discussion que vous avez lancée',
  'enquete-ouverte': 'Enquête ouverte pour votre CLPE',
  invitation: 'Invitation à rejoindre Maillage',
  'supra-territorial': 'Sujet supra-territorial pour le CoRE',
  lettre: 'Lettre d’information (chaque numéro publié)',
  'convocation-seance': 'Convocation à une séance d’une instance',
}

/**
 * What a person receives until they choose: what concerns them personally or has a date arrives at
 * once; what only informs (new proposals, replies, « nous aussi », surveys, supra-territorial
 * subjects) waits for the daily digest. The lettre d’information is sent only to those who
 * subscribed (« Recevoir la lettre d’information »): a newsletter nobody asked for is spam; a
 * subscriber receives each numéro whole when it is published, never in a digest.
 */
export const DEFAULT_MAIL_FREQUENCY: Readonly<Record<MailKind, MailFrequency>> = {
  mention: 'immediat',
  'decision-proposition': 'immediat',
  'nouvelle-proposition': 'quotidien',
  'inscription-atelier': 'immediat',
  'promotion-liste-attente': 'immediat',
  'rappel-atelier': 'immediat',
  'changement-date-atelier': 'immediat',
  'reponse-discussion': 'quotidien',
  'nous-aussi': 'quotidien',
  'enquete-ouverte': 'quotidien',
  invitation: 'immediat',
  'supra-territorial': 'quotidien',
  lettre: 'jamais',
  'convocation-seance': 'immediat',
}

/** True for one of {@link MAIL_KINDS}. */
export function isMailKind(value: string): value is MailKind {
  return (MAIL_KINDS as readonly string[]).includes(value)
}
