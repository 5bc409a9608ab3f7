import type { IncomingMessage } from 'node:http'
import type { DocumentId } from '@maillage/protocol'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { AuthDecision, Authenticator } from './Authenticator.ts'
import type { BreakoutSeats } from './BreakoutSeat.ts'
import { isSameOrigin, resolveCredentials } from './resolveCredentials.ts'
import type { SessionManager } from './SessionManager.ts'
import { decideSyncGrant } from './decideSyncGrant.ts'

/**
 * The real {@link Authenticator}: a session cookie from a page of this server (the `Origin` is
 * checked, so another site cannot use a member's cookie), or a personal access token; then the same
 * access policy as the REST API decides between write, read, 403 and 404.
 */
export class SessionAuthenticator implements Authenticator {
  readonly #sessions: SessionManager
  readonly #store: MetadataStore
  readonly #allowedOrigins: readonly string[]
  readonly #breakoutSeats: BreakoutSeats

  constructor(options: {
    sessions: SessionManager
    store: MetadataStore
    allowedOrigins: readonly string[]
    /** The breakout group of an atelier's participants, which limits what they write. */
    breakoutSeats: BreakoutSeats
  }) {
    this.#sessions = options.sessions
    this.#store = options.store
    this.#allowedOrigins = options.allowedOrigins
    this.#breakoutSeats = options.breakoutSeats
  }

  async authenticate(request: IncomingMessage, documentId: DocumentId): Promise<AuthDecision> {
    const credentials = await resolveCredentials(request.headers, request.url ?? '', this.#sessions)
    if (credentials === null) {
      return {
        ok: false,
        status: 401,
        code: 'AUTH_UNAUTHENTICATED',
        message: 'Votre session a expiré ou vous n’êtes pas connecté. Reconnectez-vous.',
      }
    }
    if (credentials.session !== null && !isSameOrigin(request.headers, this.#allowedOrigins)) {
      return {
        ok: false,
        status: 403,
        code: 'AUTH_ORIGIN_REJECTED',
        message: 'Cette page n’appartient pas à Maillage : connexion refusée.',
      }
    }
    const document = await this.#store.findDocument(documentId)
    if (document === null) {
      return { ok: false, status: 404, code: 'NOT_FOUND', message: 'Ce document n’existe pas.' }
    }
    const grant = await decideSyncGrant(
      this.#store,
      credentials.actor,
      document,
      this.#breakoutSeats,
    )
    if (grant === null) {
      return {
        ok: false,
        status: 403,
        code: 'AUTH_FORBIDDEN',
        message:
          'Vous n’avez pas accès à ce document. Demandez une invitation à l’animateur de l’espace.',
      }
    }
    const { account } = credentials.actor
    const principal = {
      id: account.id,
      name: account.name,
      ...(credentials.accessTokenId === null ? {} : { accessTokenId: credentials.accessTokenId }),
      ...(credentials.session === null
        ? {}
        : {
            sessionTokenHash: credentials.session.tokenHash,
            expiresAt: Date.parse(credentials.session.expiresAt),
          }),
    }
    return { ok: true, principal, ...grant }
  }
}
