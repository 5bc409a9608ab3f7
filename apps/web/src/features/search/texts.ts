import { formatCount } from '../../ui/plural.ts'

/** The French text of the search's page of results (the header's box: `headerSearchTexts.ts`). */
export const searchTexts = {
  pageTitle: 'Recherche',
  pageTitleFor: (query: string) => `Recherche «\u00a0${query}\u00a0»`,
  intro:
    'Cherchez dans les titres, les textes et les champs des documents, des échanges, des fiches outil et des ateliers que vous pouvez consulter.',
  fieldLabel: 'Mots recherchés',
  fieldHint:
    'Au moins 2 caractères. Majuscules et accents ne comptent pas, et «\u00a0emplois\u00a0» trouve aussi «\u00a0emploi\u00a0».',
  filters: 'Filtrer les résultats',
  type: 'Type',
  space: 'Espace',
  allTypes: 'Tous les types',
  allSpaces: 'Tous les espaces',
  clearFilters: 'Retirer les filtres',
  loading: 'Recherche en cours…',
  tooShort: 'Tapez au moins 2 caractères pour lancer la recherche.',
  prompt: 'Tapez des mots dans le champ ci-dessus pour lancer la recherche.',
  count: (total: number, query: string) =>
    total === 0
      ? `Aucun résultat pour «\u00a0${query}\u00a0».`
      : `${formatCount(total, 'résultat', 'résultats')} pour «\u00a0${query}\u00a0».`,
  none: 'Vérifiez l’orthographe, essayez d’autres mots ou retirez les filtres.',
  resultsLabel: 'Résultats de la recherche',
  archived: 'Archivé',
  updated: 'Modifié le',
  inSpace: 'Espace',
  pagination: 'Pages de résultats',
  previous: 'Page précédente',
  next: 'Page suivante',
  pageOf: (page: number, count: number) => `Page ${page} sur ${count}`,
  types: {
    document: 'Documents',
    echange: 'Échanges',
    outil: 'Fiches outil',
    atelier: 'Ateliers',
  },
  typeOption: (label: string, count: number) => `${label} (${count})`,
} as const
