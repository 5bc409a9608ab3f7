import {
  ECHOABLE_EXCHANGE_TYPES,
  REGIONAL_SPACE_IDS,
  SpaceKind,
  canEdit,
  type SpaceId,
} from '@maillage/schema'
import type { ExchangeThread } from '../persistence/records/ExchangeThread.ts'
import type { Space } from '../persistence/records/Space.ts'
import { isAdmin, roleIn } from './accessPolicy.ts'
import type { Actor } from './Actor.ts'

// Who may do what in the échanges between CLPE and CoRE (issue #8). A thread is a document of the
// espace régional shared with all territories, but its own rules are these, not those of the
// espace régional: a CLPE contributeur opens threads there without editing anything else in it.

/** Contributeurs and animateurs of a space (and admins) speak for it. */
function isEditorOf(actor: Actor, spaceId: SpaceId): boolean {
  const role = roleIn(actor, spaceId)
  return isAdmin(actor) || (role !== undefined && canEdit(role))
}

/**
 * Every signed-in member reads every thread: the échanges exist so that territories see what the
 * others raise (DOMAIN.md, item 3).
 */
export function canReadExchanges(actor: Actor): boolean {
  return actor.account.id !== ''
}

/**
 * Admins and whoever is contributeur or animateur of at least one space open threads and post
 * messages. A person who is only lecteur follows without speaking: lecteurs are observers
 * (elected officials, partners) whose word does not commit a CLPE.
 */
export function canPostExchanges(actor: Actor): boolean {
  return isAdmin(actor) || [...actor.roles.values()].some((role) => canEdit(role))
}

/**
 * A thread is raised for a CLPE (its origin) only by that CLPE's contributeurs and animateurs: it
 * counts as that territory's word in the synergies. Admins are not the CLPE's voice, so they need
 * the role too.
 */
export function canRaiseFor(actor: Actor, space: Space): boolean {
  const role = roleIn(actor, space.id)
  return space.kind === SpaceKind.Clpe && role !== undefined && canEdit(role)
}

/**
 * The status (ouvert → pris en charge → répondu → clos) is moved by those who answer — admins and
 * the editors of the CoRE and of the espace régional — and by the thread's author, who knows when
 * the question is settled.
 */
export function canChangeExchangeStatus(actor: Actor, thread: ExchangeThread): boolean {
  return (
    thread.authorId === actor.account.id ||
    isEditorOf(actor, REGIONAL_SPACE_IDS.core) ||
    isEditorOf(actor, REGIONAL_SPACE_IDS.regional)
  )
}

/** Whether other territories may say « nous aussi » to a thread of this type at all. */
export function isEchoable(thread: ExchangeThread): boolean {
  return ECHOABLE_EXCHANGE_TYPES.includes(thread.type)
}

/**
 * A « nous aussi » is a CLPE's word, like the origin: only its contributeurs and animateurs say it
 * (admins who are not members do not). Whether the thread accepts it (type, origin, once per
 * space) is the thread's rule, see {@link echoableSpaces}.
 */
export function canEchoFor(actor: Actor, space: Space): boolean {
  return canRaiseFor(actor, space)
}

/** The editors of a space withdraw its « nous aussi » (it is that space's word, not anyone else's). */
export function canRemoveEcho(actor: Actor, spaceId: SpaceId): boolean {
  const role = roleIn(actor, spaceId)
  return role !== undefined && canEdit(role)
}

/**
 * The CLPE the actor could still say « nous aussi » for on a thread: echoable type, a CLPE they
 * edit, not the origin and not already said. Empty for everything else.
 */
export function echoableSpaces(
  actor: Actor,
  thread: ExchangeThread,
  spaces: readonly Space[],
): Space[] {
  if (!isEchoable(thread)) return []
  const said = new Set(thread.echoes.map((echo) => echo.spaceId))
  return spaces.filter(
    (space) => canEchoFor(actor, space) && space.id !== thread.originSpaceId && !said.has(space.id),
  )
}
