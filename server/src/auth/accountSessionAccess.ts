import type { Actor } from './Actor.ts'
import { isAdmin } from './accessPolicy.ts'

// Who may end sessions and change a password. Apart from accessPolicy.ts, as the
// other per-feature rules, so that the feature reads in one place.

/**
 * One's own password and « déconnecter partout »: from a browser session only, as access tokens
 * are managed — a script's token must never be enough to take an account over.
 */
export function canManageOwnSessions(actor: Actor): boolean {
  return actor.via === 'session'
}

/** Ending every session of another account: the regional team, from a browser session. */
export function canSignOutAccount(actor: Actor): boolean {
  return isAdmin(actor) && actor.via === 'session'
}
