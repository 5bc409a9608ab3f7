import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import { MAIL_KIND_LABELS, MAIL_KINDS, type MailFrequency, type MailKind } from './MailKind.ts'
import { frequencyFor } from './MailService.ts'
import type { UnsubscribeTokens } from './UnsubscribeTokens.ts'

/** One person's choices, as `GET /api/me/preferences-mail` answers them. */
export interface MailPreferencesView {
  readonly email: string
  readonly preferences: readonly {
    readonly kind: MailKind
    readonly label: string
    readonly frequency: MailFrequency
  }[]
}

/** What an unsubscribe link stops, as `GET /api/desabonnement/:token` answers it. */
export interface UnsubscribeView {
  /** The kind (the first of a digest's). */
  readonly kind: MailKind
  /** Its name; for a digest, the names of all its kinds. */
  readonly label: string
  readonly email: string
  /** Every kind the link stops (one, or a digest's). */
  readonly kinds: readonly MailKind[]
}

const INVALID_LINK =
  'Ce lien de désabonnement n’est pas valide. Choisissez vos e-mails depuis votre profil dans Maillage.'

/** Each person's choice of mails, and the unsubscribe links of mails (no session needed). */
export class MailPreferenceService {
  readonly #store: MetadataStore
  readonly #timers: Timers
  readonly #tokens: UnsubscribeTokens

  constructor(options: { store: MetadataStore; timers: Timers; tokens: UnsubscribeTokens }) {
    this.#store = options.store
    this.#timers = options.timers
    this.#tokens = options.tokens
  }

  /** Every kind with the account's frequency (its choice or the default). */
  async preferencesOf(accountId: string): Promise<MailPreferencesView> {
    const account = await this.#store.findAccountById(accountId)
    if (account === null) throw new AppError(ErrorCode.NotFound, 'Ce compte n’existe pas.')
    const preferences = []
    for (const kind of MAIL_KINDS) {
      const frequency = await frequencyFor(this.#store, account, kind)
      preferences.push({ kind, label: MAIL_KIND_LABELS[kind], frequency })
    }
    return { email: account.email, preferences }
  }

  /** Records the account's choices for the kinds in `changes` (others keep theirs). */
  async updatePreferences(
    accountId: string,
    changes: Partial<Record<MailKind, MailFrequency>>,
  ): Promise<MailPreferencesView> {
    await this.#setFrequencies(accountId, changes)
    return await this.preferencesOf(accountId)
  }

  /** What `token` stops; `NOT_FOUND` (404) for a link this server did not sign. */
  async describe(token: string): Promise<UnsubscribeView> {
    const unsubscription = await this.#tokens.verify(token)
    const [kind] = unsubscription?.kinds ?? []
    if (unsubscription === null || kind === undefined) {
      throw new AppError(ErrorCode.NotFound, INVALID_LINK)
    }
    return {
      kind,
      label: unsubscription.kinds.map((found) => MAIL_KIND_LABELS[found]).join(', '),
      email: unsubscription.address,
      kinds: unsubscription.kinds,
    }
  }

  /**
   * Stops the kinds of `token` for its address: `jamais` in the preferences of its account, or,
   * without account, an opt-out of the address. Idempotent.
   */
  async unsubscribe(token: string): Promise<UnsubscribeView> {
    const view = await this.describe(token)
    const account = await this.#store.findAccountByEmail(view.email)
    if (account !== null) {
      await this.#setFrequencies(
        account.id,
        Object.fromEntries(view.kinds.map((kind) => [kind, 'jamais'])),
      )
      return view
    }
    for (const kind of view.kinds) {
      await this.#store.mail.addAddressOptOut({
        address: view.email,
        kind,
        createdAt: isoTime(this.#timers),
      })
    }
    return view
  }

  async #setFrequencies(
    accountId: string,
    changes: Partial<Record<MailKind, MailFrequency>>,
  ): Promise<void> {
    const current = await this.#store.mail.findPreferences(accountId)
    await this.#store.mail.putPreferences({
      accountId,
      frequencies: { ...current?.frequencies, ...changes },
      updatedAt: isoTime(this.#timers),
    })
  }
}
