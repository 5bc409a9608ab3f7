/** Platform role of an account: `admin` is the regional team. */
export type PlatformRoleName = 'admin' | 'membre'

/** Role of a person in a space. */
export type SpaceRoleName = 'animateur' | 'contributeur' | 'lecteur'

/** What the API shows of an account (never its password hash). */
export interface AccountView {
  readonly id: string
  readonly email: string
  readonly name: string
  readonly organisation: string
  /** CSS hex colour of the person's caret and avatar. */
  readonly color: string
  readonly platformRole: PlatformRoleName
}

/** `GET /api/session`: who is signed in, the CSRF token to send back, and their spaces. */
export interface SessionView {
  readonly account: AccountView
  /** Null when signed in with an access token rather than a browser session. */
  readonly csrfToken: string | null
  readonly memberships: readonly { readonly spaceId: string; readonly role: SpaceRoleName }[]
}

/** `POST /api/session`: the account signed in and its CSRF token. */
export interface LoginView {
  readonly account: AccountView
  readonly csrfToken: string
}
