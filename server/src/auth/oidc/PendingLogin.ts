import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto'
import { z } from 'zod'

/** The cookie that carries a login under way from `/api/oidc/connexion` to `/api/oidc/retour`. */
export const PENDING_LOGIN_COOKIE = 'maillage_oidc'

/** How long a person has at the provider before the login under way is forgotten. */
export const PENDING_LOGIN_TTL_MS = 10 * 60 * 1000

const pendingLoginSchema = z.object({
  state: z.string().min(22).max(128),
  nonce: z.string().min(22).max(128),
  /** PKCE (RFC 7636): 43 to 128 characters. */
  codeVerifier: z.string().min(43).max(128),
  /** The app path to open once signed in (an invitation link opened before signing in). */
  returnPath: z.string().min(1).max(2048),
  /** Milliseconds since the epoch. */
  expiresAt: z.number().int(),
})

/** A login under way: what the answer of the provider is checked against. */
export type PendingLogin = z.infer<typeof pendingLoginSchema>

/**
 * Seals a {@link PendingLogin} into a cookie value and opens it again: JSON, base64url, and an
 * HMAC-SHA256 with a key derived (HKDF) from the client secret, which every process serving the
 * workspace shares. A value altered, made with another key, malformed or expired opens to null.
 * Nothing here is secret from the browser that holds it; the signature only makes it unforgeable.
 */
export class PendingLoginSeal {
  readonly #key: Buffer

  constructor(clientSecret: string) {
    this.#key = Buffer.from(hkdfSync('sha256', clientSecret, 'maillage', 'oidc-pending-login', 32))
  }

  seal(login: PendingLogin): string {
    const body = Buffer.from(JSON.stringify(login)).toString('base64url')
    return `${body}.${this.#mac(body)}`
  }

  open(value: string | undefined, now: number): PendingLogin | null {
    if (value === undefined || value.length > 4096) return null
    const [body, mac, extra] = value.split('.')
    if (body === undefined || mac === undefined || extra !== undefined) return null
    const expected = Buffer.from(this.#mac(body))
    const given = Buffer.from(mac)
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
    let json: unknown
    try {
      json = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
    } catch {
      return null
    }
    const parsed = pendingLoginSchema.safeParse(json)
    if (!parsed.success || parsed.data.expiresAt <= now) return null
    return parsed.data
  }

  #mac(body: string): string {
    return createHmac('sha256', this.#key).update(body).digest('base64url')
  }
}
