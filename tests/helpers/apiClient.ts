/** Password of every demo account the server seeds with `demoData: true`. */
export const DEMO_PASSWORD = 'demo-maillage-2026'

/** A browser session: its cookie (`maillage_session=…`) and the CSRF token it was given. */
export interface SessionCredential {
  readonly kind: 'session'
  readonly cookie: string
  readonly csrfToken: string
}

/** How a request proves who it is from: a browser session or a personal access token. */
export type Credential = SessionCredential | { readonly kind: 'token'; readonly secret: string }

/** An answer of the API, its body parsed as JSON when it is JSON. */
export interface ApiResponse<T = unknown> {
  readonly status: number
  readonly headers: Headers
  readonly text: string
  /** The parsed JSON body, typed by the caller; `undefined` for an empty or non-JSON body. */
  readonly body: T
}

/** One request to the API. */
export interface ApiRequest {
  /** Who sends it; anonymous when absent or null. */
  readonly as?: Credential | null
  /** Sent as JSON. */
  readonly body?: unknown
  /** Sent as is, with `content-type: application/json`, instead of `body`. */
  readonly rawBody?: string
  readonly headers?: Readonly<Record<string, string>>
  /** Whether a session sends its CSRF token (default true, as the web app does). */
  readonly csrf?: boolean
}

/** What `POST /api/session` answers. */
export interface LoginBody {
  readonly account: { readonly id: string; readonly email: string; readonly name: string }
  readonly csrfToken: string
}

/** A signed-in test user: its credential and account id. */
export interface SignedIn {
  readonly credential: SessionCredential
  readonly accountId: string
}

/** A tiny fetch wrapper for the Maillage API that sends cookies, CSRF and bearer tokens. */
export interface ApiClient {
  request<T = unknown>(method: string, path: string, request?: ApiRequest): Promise<ApiResponse<T>>
  /** `POST /api/session`, with the credential the client already holds if any. */
  login(
    email: string,
    password: string,
    request?: Omit<ApiRequest, 'body' | 'rawBody'>,
  ): Promise<ApiResponse<LoginBody>>
  /** Signs a demo account in; throws unless the login succeeds. */
  signIn(email: string, password?: string): Promise<SignedIn>
}

/** Makes an {@link ApiClient} for the server at `baseUrl` (`http://host:port`). */
export function createApiClient(baseUrl: string): ApiClient {
  async function request<T>(
    method: string,
    path: string,
    options: ApiRequest = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = {}
    const credential = options.as ?? null
    if (credential?.kind === 'session') {
      headers.cookie = credential.cookie
      if (options.csrf !== false) headers['x-csrf-token'] = credential.csrfToken
    }
    if (credential?.kind === 'token') headers.authorization = `Bearer ${credential.secret}`
    let body: string | undefined
    if (options.rawBody !== undefined || options.body !== undefined) {
      headers['content-type'] = 'application/json'
      body = options.rawBody ?? JSON.stringify(options.body)
    }
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { ...headers, ...options.headers },
      ...(body === undefined ? {} : { body }),
    })
    const text = await response.text()
    const isJson = response.headers.get('content-type')?.startsWith('application/json') === true
    return {
      status: response.status,
      headers: response.headers,
      text,
      body: (isJson && text !== '' ? JSON.parse(text) : undefined) as T,
    }
  }

  const login: ApiClient['login'] = (email, password, options = {}) =>
    request<LoginBody>('POST', '/api/session', { ...options, body: { email, password } })

  return {
    request,
    login,
    async signIn(email, password = DEMO_PASSWORD) {
      const response = await login(email, password)
      const credential = sessionFrom(response)
      if (response.status !== 200 || credential === null) {
        throw new Error(`could not sign ${email} in: ${response.status} ${response.text}`)
      }
      return { credential, accountId: response.body.account.id }
    },
  }
}

/** The session a response opened: its `maillage_session` cookie and CSRF token; else null. */
export function sessionFrom(response: ApiResponse): SessionCredential | null {
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';', 1)[0] ?? '')
    .find((pair) => pair.startsWith('maillage_session=') && pair !== 'maillage_session=')
  const body = response.body
  const csrfToken =
    typeof body === 'object' && body !== null && 'csrfToken' in body ? body.csrfToken : undefined
  if (cookie === undefined || typeof csrfToken !== 'string') return null
  return { kind: 'session', cookie, csrfToken }
}
