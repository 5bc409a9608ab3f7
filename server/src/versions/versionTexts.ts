import { lazyDateTimeFormat } from '../time/lazyIntl.ts'

/** A version's moment in words, in Paris time: « 7 décembre 2026 à 10:15 ». */
const parisMoment = lazyDateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  dateStyle: 'long',
  timeStyle: 'short',
})

/** The French words of the version history the server writes or answers. */
export const versionTexts = {
  beforeRestore: 'Avant restauration',
  restoredName: (createdAt: string): string =>
    `Restauration de la version du ${parisMoment.format(Date.parse(createdAt))}`,
  emptyName: 'Donnez un nom à la version.',
  readOnly:
    'Vous pouvez consulter l’historique de ce document, mais seuls ses rédacteurs nomment ou restaurent une version.',
  threadReadOnly:
    'L’historique d’un fil d’échanges se consulte seulement\u00a0: ses messages et son statut changent par les échanges eux-mêmes.',
  versionNotFound: 'Cette version n’existe pas pour ce document.',
  tooFast: (seconds: number): string =>
    `Vous avez nommé beaucoup de versions en peu de temps\u00a0: réessayez dans ${seconds}\u00a0s.`,
} as const
