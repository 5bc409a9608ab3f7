import type { ProgrammeLinkKindName } from '@maillage/protocol'

/** The French copy of linking ateliers, fiches outil and documents to the lines. */
export const linkTexts = {
  open: 'Lier une réalisation',
  openFor: (line: string) => `Lier une réalisation à « ${line} »`,
  legend: (line: string) => `Lier une réalisation à « ${line} »`,
  kind: 'Type de réalisation',
  search: 'Rechercher un document (2 caractères au moins)',
  item: 'Réalisation',
  choose: 'Choisir…',
  loading: 'Chargement de la liste…',
  none: 'Aucun élément à proposer.',
  typeMore: 'Saisissez au moins 2 caractères pour chercher un document.',
  submit: 'Lier',
  cancel: 'Annuler',
  linked: (title: string) => `« ${title} » est rattaché à la ligne.`,
  unlink: 'Retirer le lien',
  unlinkOf: (title: string) => `Retirer le lien avec « ${title} »`,
  unlinked: (title: string) => `Le lien avec « ${title} » est retiré.`,
} as const

/** The French label of each kind of réalisation. */
export const LINK_KIND_LABELS: Readonly<Record<ProgrammeLinkKindName, string>> = {
  atelier: 'Atelier',
  outil: 'Fiche outil',
  document: 'Document',
}
