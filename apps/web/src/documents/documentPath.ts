/**
 * Where a document opens in the app: a thread of the échanges on its thread page, an atelier on
 * its programme page (which links to the document to edit its details), a séance's document on
 * the séance's page (found by its document's id), anything else in the document editor.
 */
export function documentPath(document: { readonly id: string; readonly kind: string }): string {
  switch (document.kind) {
    case 'discussion':
      return `/echanges/${document.id}`
    case 'atelier':
      return `/ateliers/${document.id}`
    case 'seance':
      return `/gouvernance/seances/document/${document.id}`
    default:
      return `/documents/${document.id}`
  }
}
