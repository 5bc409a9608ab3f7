import { SERVER_ORIGIN } from '../sync/Room.ts'
import type { RoomExtension } from '../sync/RoomHooks.ts'
import type { SearchIndexer } from './SearchIndexer.ts'

/**
 * The room extension that has the search index follow the server's own changes of a document
 * (`onChanged` with `SERVER_ORIGIN`: a message of the échanges, the details of an atelier, a
 * survey answer locked, a version restored…), which no index event announces. People's edits are
 * announced by the document index after their save, and reach the indexer as index events.
 */
export function createSearchExtension(indexer: SearchIndexer): RoomExtension {
  return {
    name: 'search-indexer',
    onChanged: ({ room, origin }) => {
      if (origin === SERVER_ORIGIN) indexer.schedule(room.id)
    },
  }
}
