import { formatDateTime } from '../../ui/formatDate.ts'
import { formatCount } from '../../ui/plural.ts'

/** The French text of the version history. */
export const historyTexts = {
  pageTitle: 'Historique des versions',
  pageTitleOf: (title: string): string => `Historique des versions — ${title}`,
  loading: 'Chargement de l’historique…',
  backToDocument: 'Retour au document',
  intro:
    'Une version est enregistrée à la fin de chaque séance d’écriture, au plus une toutes les 10\u00a0minutes\u202f; vous pouvez aussi nommer l’état actuel. Rien n’est jamais effacé de l’historique\u00a0: restaurer une version en fait une modification de plus.',
  listHeading: 'Versions',
  listLabel: 'Versions du document, de la plus récente à la plus ancienne',
  empty:
    'Aucune version pour l’instant\u00a0: la première sera enregistrée à la fin de la prochaine séance d’écriture, ou quand vous nommerez l’état actuel.',
  automatic: 'Version automatique',
  named: 'Version nommée',
  by: (names: readonly string[]): string =>
    names.length === 0 ? 'Auteur inconnu' : `Par ${names.join(', ')}`,
  at: (iso: string): string => formatDateTime(iso),
  versionOf: (iso: string): string => `Version du ${formatDateTime(iso)}`,
  view: 'Voir',
  viewLabel: (iso: string): string => `Voir la version du ${formatDateTime(iso)}`,
  compareWithPrevious: 'Comparer avec la précédente',
  compareWithPreviousLabel: (iso: string): string =>
    `Comparer la version du ${formatDateTime(iso)} avec la précédente`,
  restore: 'Restaurer',
  restoreLabel: (iso: string): string => `Restaurer la version du ${formatDateTime(iso)}`,
  restoreQuestion: (iso: string): string => `Restaurer la version du ${formatDateTime(iso)}\u00a0?`,
  restoreDetails:
    'L’état actuel est d’abord enregistré («\u00a0Avant restauration\u00a0»)\u00a0: rien n’est effacé. Les personnes qui éditent le document reçoivent la version restaurée en direct.',
  restoreConfirm: 'Restaurer cette version',
  restorePending: 'Restauration…',
  cancel: 'Annuler',
  restored: (iso: string): string =>
    `La version du ${formatDateTime(iso)} est restaurée\u00a0: c’est maintenant l’état actuel du document.`,
  nameHeading: 'Nommer la version actuelle',
  nameLabel: 'Nom de la version',
  nameHint: 'Par exemple «\u00a0Version soumise au bureau\u00a0» (120 caractères au plus).',
  nameSubmit: 'Nommer la version actuelle',
  namePending: 'Enregistrement…',
  nameRequired: 'Donnez un nom à la version.',
  nameTooLong: 'Le nom fait plus de 120 caractères.',
  nameSaved: (name: string): string => `Version «\u00a0${name}\u00a0» enregistrée.`,
  compareHeading: 'Comparer deux versions',
  compareFrom: 'Version de départ',
  compareTo: 'Version d’arrivée',
  compareSubmit: 'Comparer',
  current: 'Version actuelle',
  optionOf: (iso: string, name: string | undefined): string =>
    name === undefined ? formatDateTime(iso) : `${formatDateTime(iso)} — ${name}`,
  viewHeading: (label: string): string => `Version du ${label}`,
  viewLoading: 'Chargement de la version…',
  viewReadOnly: 'Lecture seule\u00a0: cette version ne se modifie pas.',
  fieldsHeading: 'Champs',
  bodyHeading: 'Contenu',
  titleLabel: 'Titre',
  emptyValue: 'Non renseigné',
  untitled: 'Document sans titre',
  diffHeading: 'Comparaison',
  diffLoading: 'Comparaison en cours…',
  diffFromTo: (from: string, to: string): string => `Du ${from} au ${to}`,
  currentState: 'l’état actuel',
  identical: 'Les deux versions sont identiques.',
  changedCount: (count: number): string =>
    formatCount(count, 'passage modifié', 'passages modifiés'),
  inserted: 'ajouté\u00a0: ',
  deleted: 'supprimé\u00a0: ',
  blockAdded: 'Bloc ajouté',
  blockRemoved: 'Bloc supprimé',
  itemAdded: 'Élément ajouté',
  itemRemoved: 'Élément supprimé',
  unchangedFields: (count: number): string =>
    `${formatCount(count, 'champ', 'champs')} sans changement`,
  legend: 'Texte ajouté souligné, texte supprimé barré.',
} as const
