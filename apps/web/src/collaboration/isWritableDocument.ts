import type { DocumentView } from '@maillage/protocol'

/**
 * Whether the signed-in person may change a document, as the server decided it: write access
 * and not archived. The one place the web app decides it (see `useCollaborativeDocument`).
 */
export function isWritableDocument(view: Pick<DocumentView, 'access' | 'archivedAt'>): boolean {
  return view.access === 'write' && view.archivedAt === undefined
}
