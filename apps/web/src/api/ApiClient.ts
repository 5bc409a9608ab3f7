import type {
  AccountView,
  ApiErrorBody,
  CreatedInvitationView,
  DocumentView,
  HomeView,
  InvitationPreviewView,
  InvitationView,
  LoginView,
  MemberView,
  SessionView,
  SpaceRoleName,
  SpaceView,
} from '@maillage/protocol'
import { ApiError, NETWORK_ERROR_CODE } from './ApiError.ts'

/** The HTTP methods the API uses. */
export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'

/** What a new account gives when accepting an invitation without being signed in. */
export interface NewAccountInput {
  readonly email: string
  readonly name: string
  readonly organisation: string
  readonly password: string
}

/** The fields of one's profile that can be changed. */
export interface ProfileInput {
  readonly name?: string
  readonly organisation?: string
  readonly color?: string
}

/**
 * The typed client of Maillage's HTTP API: the only place of the web app that calls `fetch`. It
 * keeps the session's CSRF token and sends it with every state-changing request; errors are
 * thrown as {@link ApiError} with the server's French message.
 */
export class ApiClient {
  #csrfToken: string | null = null

  async getSession(): Promise<SessionView> {
    const session = await this.request<SessionView>('GET', '/api/session')
    this.#csrfToken = session.csrfToken
    return session
  }

  async login(email: string, password: string): Promise<LoginView> {
    const opened = await this.request<LoginView>('POST', '/api/session', { email, password })
    this.#csrfToken = opened.csrfToken
    return opened
  }

  /**
   * Ends the session; answers the URL of the logout at the OpenID provider (ProConnect) when the
   * session was opened there, where the browser must go next, else null.
   */
  async logout(): Promise<string | null> {
    const ended = await this.request<{ logoutUrl: string } | null>('DELETE', '/api/session')
    this.#csrfToken = null
    return ended?.logoutUrl ?? null
  }

  async updateProfile(patch: ProfileInput): Promise<AccountView> {
    return (await this.request<{ account: AccountView }>('PATCH', '/api/me', patch)).account
  }

  getHome(): Promise<HomeView> {
    return this.request<HomeView>('GET', '/api/home')
  }

  async listSpaces(): Promise<readonly SpaceView[]> {
    return (await this.request<{ spaces: SpaceView[] }>('GET', '/api/spaces')).spaces
  }

  async getSpace(spaceId: string): Promise<SpaceView> {
    return (await this.request<{ space: SpaceView }>('GET', `/api/spaces/${enc(spaceId)}`)).space
  }

  async listDocuments(spaceId: string): Promise<readonly DocumentView[]> {
    const path = `/api/spaces/${enc(spaceId)}/documents`
    return (await this.request<{ documents: DocumentView[] }>('GET', path)).documents
  }

  async createDocument(spaceId: string, kind: string, title: string): Promise<DocumentView> {
    const path = `/api/spaces/${enc(spaceId)}/documents`
    return (await this.request<{ document: DocumentView }>('POST', path, { kind, title })).document
  }

  async getDocument(documentId: string): Promise<DocumentView> {
    const path = `/api/documents/${enc(documentId)}`
    return (await this.request<{ document: DocumentView }>('GET', path)).document
  }

  async listMembers(spaceId: string): Promise<readonly MemberView[]> {
    const path = `/api/spaces/${enc(spaceId)}/members`
    return (await this.request<{ members: MemberView[] }>('GET', path)).members
  }

  async setMemberRole(spaceId: string, accountId: string, role: SpaceRoleName): Promise<void> {
    await this.request('PUT', `/api/spaces/${enc(spaceId)}/members/${enc(accountId)}`, { role })
  }

  async removeMember(spaceId: string, accountId: string): Promise<void> {
    await this.request('DELETE', `/api/spaces/${enc(spaceId)}/members/${enc(accountId)}`)
  }

  async listInvitations(spaceId: string): Promise<readonly InvitationView[]> {
    const path = `/api/spaces/${enc(spaceId)}/invitations`
    return (await this.request<{ invitations: InvitationView[] }>('GET', path)).invitations
  }

  createInvitation(
    spaceId: string,
    input: { role: SpaceRoleName; email?: string },
  ): Promise<CreatedInvitationView> {
    const path = `/api/spaces/${enc(spaceId)}/invitations`
    return this.request<CreatedInvitationView>('POST', path, input)
  }

  async revokeInvitation(invitationId: string): Promise<void> {
    await this.request('DELETE', `/api/invitations/${enc(invitationId)}`)
  }

  async getInvitation(token: string): Promise<InvitationPreviewView> {
    const path = `/api/invitations/by-token/${enc(token)}`
    return (await this.request<{ invitation: InvitationPreviewView }>('GET', path)).invitation
  }

  /** Accepts an invitation: signed in, with one's account; otherwise by creating `account`. */
  async acceptInvitation(token: string, account?: NewAccountInput): Promise<{ spaceId: string }> {
    const path = `/api/invitations/by-token/${enc(token)}/accept`
    const accepted = await this.request<{ spaceId: string; csrfToken?: string }>(
      'POST',
      path,
      account ?? {},
    )
    if (accepted.csrfToken !== undefined) this.#csrfToken = accepted.csrfToken
    return { spaceId: accepted.spaceId }
  }

  /**
   * GETs a file of the API (an export) with the session: its bytes and its
   * `content-disposition`; an error answer is thrown as an `ApiError`, as by `request`.
   */
  async download(path: string): Promise<{ blob: Blob; disposition: string | null }> {
    let response: Response
    try {
      response = await fetch(path, { credentials: 'same-origin' })
    } catch {
      throw new ApiError(0, {
        code: NETWORK_ERROR_CODE,
        message: 'Le serveur Maillage est injoignable. Vérifiez votre connexion puis réessayez.',
      })
    }
    if (!response.ok) {
      const payload: unknown = await response.json().catch(() => null)
      throw new ApiError(response.status, errorBodyOf(payload, response.status))
    }
    return { blob: await response.blob(), disposition: response.headers.get('content-disposition') }
  }

  /**
   * Sends one request to the API and returns its JSON answer (null for 204). Feature modules build
   * their endpoints on it (`toolboxApi.ts`…); nothing else in the app calls `fetch`.
   */
  async request<T>(method: Method, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' }
    if (body !== undefined) headers['content-type'] = 'application/json'
    if (method !== 'GET' && this.#csrfToken !== null) headers['x-csrf-token'] = this.#csrfToken
    let response: Response
    try {
      response = await fetch(path, {
        method,
        headers,
        credentials: 'same-origin',
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
    } catch {
      throw new ApiError(0, {
        code: NETWORK_ERROR_CODE,
        message: 'Le serveur Maillage est injoignable. Vérifiez votre connexion puis réessayez.',
      })
    }
    if (response.status === 204) return null as T
    const payload: unknown = await response.json().catch(() => null)
    if (!response.ok) throw new ApiError(response.status, errorBodyOf(payload, response.status))
    return payload as T
  }
}

/** A path segment, percent-encoded. */
export function enc(segment: string): string {
  return encodeURIComponent(segment)
}

function errorBodyOf(payload: unknown, status: number): ApiErrorBody['error'] {
  if (typeof payload === 'object' && payload !== null && 'error' in payload) {
    const { error } = payload as ApiErrorBody
    if (typeof error.code === 'string' && typeof error.message === 'string') return error
  }
  return {
    code: `HTTP_${status}`,
    message: 'Le serveur a répondu de façon inattendue. Réessayez dans un instant.',
  }
}
