import type { SessionView } from '@maillage/protocol'

/**
 * Whether the signed-in person may open a thread or post in one: the regional team, and anyone
 * contributeur or animateur of a space. The server decides in the end; this only spares people a
 * form they could not send.
 */
export function canOpenExchange(session: SessionView | null | undefined): boolean {
  if (session == null) return false
  if (session.account.platformRole === 'admin') return true
  return session.memberships.some(
    (membership) => membership.role === 'contributeur' || membership.role === 'animateur',
  )
}
