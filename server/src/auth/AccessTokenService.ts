import { randomUUID } from 'node:crypto'
import type { AccessEvents } from '../coordination/AccessEvents.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { AccessToken } from '../persistence/records/AccessToken.ts'
import { AuditAction } from '../persistence/records/AuditEntry.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import type { NewAccessTokenInput } from './accessTokenInput.ts'
import type { Actor } from './Actor.ts'
import { assertAllowed } from './assertAllowed.ts'
import { generateSecret, hashSecret } from './secrets.ts'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Personal access tokens, for scripts: each person lists, creates and revokes their own, from a
 * browser session only (a leaked token must not mint new ones). The secret is shown once and
 * stored hashed; revoking one is announced on {@link AccessEvents}, which closes its connections.
 */
export class AccessTokenService {
  readonly #store: MetadataStore
  readonly #accessEvents: AccessEvents
  readonly #timers: Timers

  constructor(options: { store: MetadataStore; accessEvents: AccessEvents; timers: Timers }) {
    this.#store = options.store
    this.#accessEvents = options.accessEvents
    this.#timers = options.timers
  }

  /** `actor`'s tokens, revoked and expired ones included. */
  async list(actor: Actor): Promise<AccessToken[]> {
    assertFromSession(actor)
    return this.#store.listAccessTokensOf(actor.account.id)
  }

  /** Creates a token of `actor`'s; resolves with it and its secret (never stored). Audited. */
  async create(
    actor: Actor,
    input: NewAccessTokenInput,
  ): Promise<{ token: AccessToken; secret: string }> {
    assertFromSession(actor)
    const secret = generateSecret()
    const token: AccessToken = {
      id: randomUUID(),
      accountId: actor.account.id,
      name: input.name,
      tokenHash: hashSecret(secret),
      createdAt: isoTime(this.#timers),
      ...(input.expiresInDays === undefined
        ? {}
        : { expiresAt: isoTime(this.#timers, input.expiresInDays * DAY_MS) }),
    }
    await this.#store.createAccessToken(token)
    await this.#store.appendAudit({
      at: token.createdAt,
      action: AuditAction.TokenCreated,
      actorId: actor.account.id,
      target: token.id,
      details: { name: token.name },
    })
    return { token, secret }
  }

  /** Revokes one of `actor`'s tokens (`NOT_FOUND` for anyone else's); audited. */
  async revoke(actor: Actor, tokenId: string): Promise<void> {
    assertFromSession(actor)
    const tokens = await this.#store.listAccessTokensOf(actor.account.id)
    const token = tokens.find((candidate) => candidate.id === tokenId)
    if (token === undefined) throw new AppError(ErrorCode.NotFound, 'Ce jeton n’existe pas.')
    await this.#store.updateAccessToken(token.id, { revokedAt: isoTime(this.#timers) })
    await this.#store.appendAudit({
      at: isoTime(this.#timers),
      action: AuditAction.TokenRevoked,
      actorId: actor.account.id,
      target: token.id,
    })
    await this.#accessEvents.publish({ kind: 'account', accountId: actor.account.id })
  }
}

function assertFromSession(actor: Actor): void {
  assertAllowed(
    actor.via === 'session',
    'Les jetons d’accès se gèrent depuis une session ouverte dans le navigateur, pas avec un jeton.',
  )
}
