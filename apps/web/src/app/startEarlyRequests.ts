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
  // Their failures are the screens' to show, when they read the same queries.
  queryClient.query(sessionQuery(api)).catch(ignore)
  const match = DOCUMENT_PATH.exec(path)
  if (match?.[1] === undefined) return
  const documentId = decodeURIComponent(match[1])
  queryClient.query(documentQuery(api, documentId)).catch(ignore)
  import('../collaboration/earlyConnections.ts').then(
    ({ openEarlyConnection }) => {
      openEarlyConnection(documentId)
    },
    // The screen loads the same code and says it if it cannot.
    ignore,
  )
}

function ignore(): void {
  // Nothing: see the callers.
}
