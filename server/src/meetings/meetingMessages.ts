// The French messages of the séances, in one place.

export const MEETING_MESSAGES = {
  notFound: 'Cette séance n’existe pas ou vous n’y avez pas accès.',
  instanceNotFound: 'Cette instance n’existe pas.',
  managersOnly:
    'Seuls l’équipe régionale et les animateurs de l’espace de l’instance gèrent ses séances.',
  closed: 'Cette séance est close : elle ne change plus.',
  badSchedule: 'La date ou l’heure de la séance est invalide.',
  convokeState: 'Une séance se convoque avant d’être ouverte.',
  openState: 'Seule une séance en préparation ou convoquée s’ouvre.',
  closeState: 'Une séance se clôt une fois ouverte : ouvrez-la d’abord.',
  notMember: 'Cette personne n’est pas membre de l’instance à la date de la séance.',
  excuseOnlySelf:
    'Vous pouvez seulement vous déclarer excusé(e), pour vous-même, avant le début de la séance.',
} as const
