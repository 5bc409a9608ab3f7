import type { QueryClient } from '@tanstack/react-query'
import type { ApiClient } from '../api/ApiClient.ts'
import { documentQuery } from '../api/documentQuery.ts'
import { sessionQuery } from '../api/useSession.ts'

// The document screen's address (not its history's): `/documents/<id>`.
const DOCUMENT_PATH = /^\/documents\/([^/]+)\/?$/

/**
 * Asks at the app's start, all at once, what the first screen will wait for: the session; and on
 * a document's address, its index entry and its websocket (the sync then runs while the screen's
 * code downloads). Without this they would follow one another: code, then session, then entry,
 * then connection. The screens read the same queries and take the connection over.
 */
export function startEarlyRequests(queryClient: QueryClient, api: ApiClient, path: string): void {
  const documentId = documentIdOf(path)
  const connections =
    documentId === null ? null : import('../collaboration/earlyConnections.ts').catch(ignore)
  // Their failures are the screens' to show, when they read the same queries.
  queryClient.query(sessionQuery(api)).then((session) => {
    // Nobody signed in: the server refuses the websocket, which would keep trying.
    if (session === null) void connections?.then((module) => module?.discardEarlyConnection())
  }, ignore)
  if (documentId === null || connections === null) return
  // The screen loads the same code and says it if it cannot.
  void connections.then((module) => module?.openEarlyConnection(documentId))
  queryClient.query(documentQuery(api, documentId)).catch(() => {
    // Refused (no access, no such document) or not answered: the screen shows the error instead
    // of the document and never takes the connection, whose refused handshakes y-websocket would
    // retry until it was discarded, 15 s later. Asked again, the screen opens its own.
    void connections.then((module) => module?.discardEarlyConnection())
  })
}

/** The document's id in `path` if it is a document's address; null otherwise. */
function documentIdOf(path: string): string | null {
  const encoded = DOCUMENT_PATH.exec(path)?.[1]
  if (encoded === undefined) return null
  try {
    return decodeURIComponent(encoded)
  } catch {
    // Not a valid address: the router says the page does not exist.
    return null
  }
}

function ignore(): void {
  // Nothing: see the callers.
}
