import type { RoomExtension } from '../sync/RoomHooks.ts'
import type { AtelierSessionService } from './AtelierSessionService.ts'

/**
 * The room extension that records the attendance of ateliers: whoever joins the room of an atelier
 * whose session is live is recorded present (`AtelierSessionService.recordPresence`, which ignores
 * every other document). `sessions` is asked at each join, since the service is built after the
 * rooms (it changes documents through them). A failure is logged by the rooms' hooks.
 */
export function createAttendanceExtension(
  sessions: () => Pick<AtelierSessionService, 'recordPresence'>,
): RoomExtension {
  return {
    name: 'atelier-attendance',
    onJoined: ({ room, connection }) => sessions().recordPresence(room.id, connection.principal.id),
  }
}
