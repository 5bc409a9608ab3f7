/**
 * A browser reduced to what a sign-in through an OpenID provider needs, for integration tests:
 * one cookie jar for every server of this machine (cookies ignore ports, as browsers do), and
 * requests whose redirects the test follows itself, so it can stop, look or tamper at each step.
 */
export class OidcBrowser {
  readonly #cookies = new Map<string, string>()

  /** The `name=value` pairs the jar holds, as a `Cookie` header. */
  cookieHeader(): string {
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  }

  /** The value of one cookie, if held. */
  cookie(name: string): string | undefined {
    return this.#cookies.get(name)
  }

  /** One request, its `Set-Cookie` kept; redirects are not followed. */
  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}) {
    const headers: Record<string, string> = { accept: 'text/html,application/json' }
    if (this.#cookies.size > 0) headers.cookie = this.cookieHeader()
    if (init.form !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded'
    const response = await fetch(url, {
      method: init.method ?? (init.form === undefined ? 'GET' : 'POST'),
      headers,
      redirect: 'manual',
      ...(init.form === undefined ? {} : { body: new URLSearchParams(init.form).toString() }),
    })
    for (const line of response.headers.getSetCookie()) this.#keep(line)
    return response
  }

  // A `Set-Cookie` line: kept, or removed when it expires the cookie.
  #keep(line: string): void {
    const [pair = '', ...attributes] = line.split(';')
    const separator = pair.indexOf('=')
    if (separator < 0) return
    const name = pair.slice(0, separator).trim()
    const value = pair.slice(separator + 1).trim()
    const expired = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute))
    if (value === '' || expired) this.#cookies.delete(name)
    else this.#cookies.set(name, value)
  }

  /**
   * Starts a sign-in at Maillage (`/api/oidc/connexion`) and answers the provider's authorization
   * URL it redirects to.
   */
  async startAt(maillageUrl: string, returnPath?: string): Promise<URL> {
    const query = returnPath === undefined ? '' : `?retour=${encodeURIComponent(returnPath)}`
    const response = await this.request(`${maillageUrl}/api/oidc/connexion${query}`)
    if (response.status !== 302) {
      throw new Error(
        `expected a redirect to the provider, got ${response.status}: ${await response.text()}`,
      )
    }
    return new URL(locationOf(response))
  }

  /**
   * Goes through the provider from `authorizationUrl`, typing `login` in its login form when it
   * shows one (or aborting there), and answers where the provider sends the browser back to
   * Maillage (the callback URL with its code and state, or its error).
   */
  async authorize(
    authorizationUrl: URL,
    login: string,
    options: { abort?: boolean } = {},
  ): Promise<URL> {
    let url = authorizationUrl
    for (let step = 0; step < 10; step += 1) {
      if (url.origin !== authorizationUrl.origin) return url
      const response = await this.request(url.href)
      if (response.status >= 300 && response.status < 400) {
        url = new URL(locationOf(response), url)
        continue
      }
      const page = await response.text()
      const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1]
      if (response.status !== 200 || action === undefined) {
        throw new Error(
          `unexpected page at the provider (${response.status}): ${page.slice(0, 500)}`,
        )
      }
      const submit = new URL(action.replaceAll('&amp;', '&'), url)
      const answer = options.abort
        ? await this.request(`${submit.href}/abort`)
        : await this.request(submit.href, {
            form: { prompt: 'login', login, password: 'peu importe' },
          })
      url = new URL(locationOf(answer), url)
    }
    throw new Error('too many redirects at the provider')
  }
}

/** The `Location` of a redirect, or an error saying what came instead. */
export function locationOf(response: Response): string {
  const location = response.headers.get('location')
  if (location === null) throw new Error(`expected a redirect, got ${response.status}`)
  return location
}

/** The response body as JSON (an error body of the API: `{ error: { code, message } }`). */
export async function errorCodeOf(response: Response): Promise<string> {
  const body = (await response.json()) as { error?: { code?: string } }
  return body.error?.code ?? `HTTP ${response.status}`
}
