import { DocumentKind } from '@maillage/schema'

/**
 * Where a result opens in the web app, by the same rule as the app's `documentPath`: a thread of
 * the échanges on its thread page, an atelier on its programme page, a séance's document on the
 * séance's page (found by its document), anything else in the editor.
 */
export function searchResultPath(kind: DocumentKind, id: string): string {
  if (kind === DocumentKind.Discussion) return `/echanges/${id}`
  if (kind === DocumentKind.Atelier) return `/ateliers/${id}`
  if (kind === DocumentKind.Seance) return `/gouvernance/seances/document/${id}`
  return `/documents/${id}`
}
