import { canSeeSpaceContent } from '../auth/accessPolicy.ts'
import type { Actor } from '../auth/Actor.ts'
import type { MeetingInstance, MeetingMember } from './MeetingInstances.ts'

// Who may do what with a séance. Managers are the instance's (`canManageInstance`: admins and the
// animateurs of its space); readers are the members of the instance's space and the instance's
// own members with an account. Everyone else is told the séance does not exist.

/** What one person may do with one séance. */
export interface MeetingRights {
  /** Reads the séance, its ordre du jour, attendance, quorum and visio link. */
  readonly read: boolean
  /** Creates, convokes, opens, records attendance, closes. */
  readonly manage: boolean
}

/** The rights of `actor` on the séances of `instance`, whose active members are `members`. */
export function meetingRights(
  actor: Actor,
  instance: MeetingInstance,
  options: { readonly manage: boolean; readonly members: readonly MeetingMember[] },
): MeetingRights {
  const member = options.members.some((found) => found.accountId === actor.account.id)
  const read = options.manage || member || canSeeSpaceContent(actor, instance.spaceId)
  return { read, manage: options.manage }
}
