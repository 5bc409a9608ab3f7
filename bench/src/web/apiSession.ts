/** Password of the demo accounts (`server/src/seed/seedMetadata.ts`). */
export const DEMO_PASSWORD = 'demo-maillage-2026'

/** A signed-in session: its cookie (`maillage_session=…`) and CSRF token. */
export interface ApiSession {
  readonly cookie: string
  readonly csrfToken: string
}

/** Signs a demo account in with `POST /api/session`; throws unless it succeeds. */
export async function signIn(httpUrl: string, email: string): Promise<ApiSession> {
  const response = await fetch(`${httpUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  })
  const body: unknown = await response.json()
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';', 1)[0] ?? '')
    .find((pair) => pair.startsWith('maillage_session=') && pair !== 'maillage_session=')
  const csrfToken =
    typeof body === 'object' && body !== null && 'csrfToken' in body ? body.csrfToken : undefined
  if (response.status !== 200 || cookie === undefined || typeof csrfToken !== 'string') {
    throw new Error(`could not sign ${email} in: HTTP ${response.status}`)
  }
  return { cookie, csrfToken }
}

/** Creates a page in a space with `POST /api/spaces/:spaceId/documents`; resolves with its id. */
export async function createPage(
  httpUrl: string,
  session: ApiSession,
  options: { spaceId: string; title: string },
): Promise<string> {
  const response = await fetch(`${httpUrl}/api/spaces/${options.spaceId}/documents`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: session.cookie,
      'x-csrf-token': session.csrfToken,
    },
    body: JSON.stringify({ kind: 'page', title: options.title }),
  })
  const body: unknown = await response.json()
  const document =
    typeof body === 'object' && body !== null && 'document' in body ? body.document : undefined
  const id =
    typeof document === 'object' && document !== null && 'id' in document ? document.id : undefined
  if (response.status !== 201 || typeof id !== 'string') {
    throw new Error(`could not create "${options.title}": HTTP ${response.status}`)
  }
  return id
}
