import type { DocumentView } from '@maillage/protocol'
import { isWritableDocument } from './isWritableDocument.ts'

/**
 * What the server lets a connection to a document do, as its view says: `write`, `suggest` (a
 * lecteur who may write only their own suggestions) or `read`. A change of it closes the live
 * connection (4403), which must then reconnect to get the new one.
 */
export type SyncMode = 'write' | 'suggest' | 'read'

/** The {@link SyncMode} of a document's view. */
export function syncModeOf(view: Pick<DocumentView, 'access' | 'archivedAt' | 'review'>): SyncMode {
  if (isWritableDocument(view)) return 'write'
  return view.review?.suggest === true ? 'suggest' : 'read'
}
