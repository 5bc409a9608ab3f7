/**
 * The French text of the search box in the header of every page, apart from the page of results'
 * (`texts.ts`), which is downloaded with that page only.
 */
export const headerSearchTexts = {
  boxLabel: 'Rechercher',
  boxRegion: 'Recherche dans Maillage',
  boxPlaceholder: 'Documents, échanges, outils…',
  submit: 'Rechercher',
} as const
