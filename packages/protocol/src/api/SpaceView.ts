import type { SpaceRoleName } from './AccountView.ts'

/** A space as listed: `myRole` is the signed-in person's role there, null if not a member. */
export interface SpaceView {
  readonly id: string
  /** One of the kinds of `@maillage/schema` (`SpaceKind`). */
  readonly kind: string
  readonly name: string
  readonly description: string
  /** CLPE spaces only: the CLPE code (`CLPE59004`) and the département code (`59`). */
  readonly territory?: { readonly clpeCode: string; readonly departement: string }
  readonly createdAt: string
  readonly myRole: SpaceRoleName | null
  /** What its lecteurs may do besides reading (absent: `commentaire`); set by its animateurs. */
  readonly relecture?: { readonly lecteurs: 'lecture' | 'commentaire' | 'suggestion' }
}

/** A member of a space, as its members see it. */
export interface MemberView {
  readonly accountId: string
  readonly role: SpaceRoleName
  readonly since: string
  readonly name: string
  readonly organisation: string
  readonly email: string
  /** How the editor opens for them in this space (absent: `edition`). */
  readonly modeParDefaut?: 'edition' | 'suggestion'
}

/** An invitation as its space's animateurs see it (never the secret of its link). */
export interface InvitationView {
  readonly id: string
  readonly spaceId: string
  readonly role: SpaceRoleName
  readonly email?: string
  readonly createdBy: string
  readonly createdAt: string
  readonly expiresAt: string
  readonly usedAt?: string
  readonly usedBy?: string
  readonly revokedAt?: string
}

/** `POST /api/spaces/:id/invitations`: the secret of the link is shown once, here. */
export interface CreatedInvitationView {
  readonly invitation: InvitationView
  readonly token: string
  /** Path of the web app's acceptance page, `/invitation/<token>`. */
  readonly path: string
  /** Whether the link was mailed to the invitation's address (none given: false). */
  readonly mailQueued: boolean
}

/** `GET /api/invitations/by-token/:token`: what a link is for, shown before accepting it. */
export interface InvitationPreviewView {
  readonly spaceId: string
  readonly spaceName: string
  readonly role: SpaceRoleName
  readonly expiresAt: string
  readonly email: string | null
}
