import { createHmac, timingSafeEqual } from 'node:crypto'
import { z } from 'zod'
import { generateSecret } from '../auth/secrets.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import { MAIL_KINDS, type MailKind } from './MailKind.ts'

/** What an unsubscribe link stops: mails of these kinds to this address. */
export interface Unsubscription {
  /** Lower-cased. */
  readonly address: string
  /** One kind, or the kinds of a digest. */
  readonly kinds: readonly MailKind[]
}

/** Longest token read: a longer one is refused before any work. */
const MAX_TOKEN_LENGTH = 1000

const payloadSchema = z.object({
  a: z.email().max(254),
  k: z.array(z.enum(MAIL_KINDS)).min(1).max(MAIL_KINDS.length),
})

/**
 * The tokens of unsubscribe links: the address and kinds in clear (base64url JSON), then their
 * HMAC-SHA256 with the workspace's secret (kept in the store, made once, shared by every process).
 * Nothing is stored per mail; a token stays valid as long as the secret.
 */
export class UnsubscribeTokens {
  readonly #store: MetadataStore
  readonly #timers: Timers
  #secret: Promise<string> | undefined

  constructor(options: { store: MetadataStore; timers: Timers }) {
    this.#store = options.store
    this.#timers = options.timers
  }

  /** Resolves once the secret is read (or made), so that signing writes nothing. */
  async ready(): Promise<void> {
    await this.#key()
  }

  /** The token of `unsubscription`. */
  async sign(unsubscription: Unsubscription): Promise<string> {
    const payload = Buffer.from(
      JSON.stringify({ a: unsubscription.address.toLowerCase(), k: unsubscription.kinds }),
    ).toString('base64url')
    return `${payload}.${await this.#mac(payload)}`
  }

  /** What `token` stops, or null when it is malformed or not signed by this workspace. */
  async verify(token: string): Promise<Unsubscription | null> {
    if (token.length > MAX_TOKEN_LENGTH) return null
    const [payload, mac, ...rest] = token.split('.')
    if (payload === undefined || mac === undefined || rest.length > 0) return null
    const expected = Buffer.from(await this.#mac(payload), 'base64url')
    const given = Buffer.from(mac, 'base64url')
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
    try {
      const parsed = payloadSchema.safeParse(
        JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')),
      )
      return parsed.success ? { address: parsed.data.a, kinds: parsed.data.k } : null
    } catch {
      // Signed but not JSON: cannot come from this server; refused like a forged one.
      return null
    }
  }

  async #mac(payload: string): Promise<string> {
    return createHmac('sha256', await this.#key())
      .update(payload)
      .digest('base64url')
  }

  #key(): Promise<string> {
    this.#secret ??= this.#store.mail
      .ensureSecret({
        id: 'unsubscribe',
        secret: generateSecret(),
        createdAt: isoTime(this.#timers),
      })
      .then((stored) => stored.secret)
    // A failed read is retried on the next call rather than remembered.
    this.#secret.catch(() => {
      this.#secret = undefined
    })
    return this.#secret
  }
}
