/** The French text of a document's line in a list. */
export const documentsTexts = {
  archived: 'Archivé',
  shared: 'Partagé avec tous les territoires',
  stale: 'À actualiser',
  quality: (score: number) => `Qualité ${score}/100`,
  toImprove: 'à améliorer :',
  changed: 'modifié',
  by: 'par',
} as const
