import type { Logger } from 'pino'
import * as Y from 'yjs'
import type { DocumentId } from '@maillage/protocol'
import type { DocumentStore } from '../persistence/DocumentStore.ts'
import type { Room } from '../sync/Room.ts'
import type { FanoutOrigin } from './FanoutOrigin.ts'
import type { FanoutPublisher } from './FanoutPublisher.ts'
import type { RoomSyncExchange } from './RoomSyncExchange.ts'

/** What {@link recoverRooms} needs; `rooms` is the fan-out's map of the rooms loaded here. */
export interface RecoverRoomsOptions {
  readonly rooms: ReadonlyMap<DocumentId, Room>
  readonly store: DocumentStore
  readonly origin: FanoutOrigin
  readonly publisher: FanoutPublisher
  readonly sync: RoomSyncExchange
  readonly logger: Logger
}

/**
 * Redis is back after an outage (subscriptions renewed): every loaded room merges what the
 * other processes saved meanwhile, then asks them for what they hold unsaved; its own state
 * vector in that request makes them ask back for what they miss of it. Never rejects: a document
 * that cannot be read back is logged and still resynced.
 */
export async function recoverRooms(options: RecoverRoomsOptions): Promise<void> {
  const { rooms, store, origin, publisher, sync, logger } = options
  logger.info({ rooms: rooms.size }, 'Redis back; catching up the loaded documents')
  publisher.clearBacklog()
  for (const room of [...rooms.values()]) {
    try {
      const { updates } = await store.load(room.id)
      if (rooms.get(room.id) !== room) continue
      if (updates.length > 0) room.applyRemoteUpdate(Y.mergeUpdates(updates), origin)
    } catch (error) {
      logger.error({ err: error, documentId: room.id }, 'could not read a document back')
    }
    sync.resync(room.id)
  }
}
