/** The web app's page where each person chooses their mails (profile, e-mail section). */
export const PREFERENCES_PATH = '/profil#notifications-par-e-mail'

/**
 * Makes the links of mails absolute: with `MAILLAGE_PUBLIC_URL`, or else the address the server
 * listens on (known once it listens; right for a developer's machine, not behind a proxy).
 */
export class MailLinks {
  readonly #publicUrl: string | undefined
  #listening: string | undefined

  constructor(publicUrl: string | undefined) {
    this.#publicUrl = publicUrl
  }

  /** The server listens at `url` (`http://host:port`). */
  listening(url: string): void {
    this.#listening = url
  }

  /** `path` (starting with `/`) on the public origin. */
  absolute(path: string): string {
    const origin = this.#publicUrl ?? this.#listening ?? 'http://localhost:8080'
    return `${origin.replace(/\/$/, '')}${path}`
  }

  /** The page of `token`: what it stops, and a button that confirms. */
  unsubscribePage(token: string): string {
    return this.absolute(`/desabonnement/${token}`)
  }

  /** The RFC 8058 one-click target (`List-Unsubscribe`, answered to a POST without session). */
  unsubscribeEndpoint(token: string): string {
    return this.absolute(`/api/desabonnement/${token}`)
  }
}
