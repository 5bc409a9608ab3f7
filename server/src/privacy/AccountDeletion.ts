import * as Y from 'yjs'
import { parseDocumentId } from '@maillage/protocol'
import { DocumentKind } from '@maillage/schema'
import type { Actor } from '../auth/Actor.ts'
import { hasPassword, NO_PASSWORD_HASH } from '../auth/passwords.ts'
import type { SessionManager } from '../auth/SessionManager.ts'
import type { AccessEvents } from '../coordination/AccessEvents.ts'
import type { KeyedLock } from '../coordination/KeyedLock.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { PlatformRole, type Account } from '../persistence/records/Account.ts'
import { AuditAction } from '../persistence/records/AuditEntry.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import { anonymiseContent, type AnonymisedPerson } from './anonymiseContent.ts'
import { anonymiseRecords } from './anonymiseRecords.ts'
import { FORMER_MEMBER_NAME } from './formerMember.ts'

/** What the person types to confirm the deletion of their account. */
export const DELETION_CONFIRMATION = 'SUPPRIMER'

/** The undeliverable, unique address of a deleted account (`.invalid` is reserved: RFC 2606). */
export function tombstoneEmail(accountId: string): string {
  return `ancien-membre-${accountId.toLowerCase().replace(/[^a-z0-9-]/g, '')}@compte-supprime.invalid`
}

// What a tombstone keeps of the record; every other attribute is removed.
const KEPT: ReadonlySet<string> = new Set(['id', 'color', 'createdAt'])

/**
 * Deletes a person's account at their request (`DELETE /api/me`): their identity goes, what they
 * wrote stays readable, signed « Ancien membre ». In order, so that a failure half-way can be
 * retried by the person (still signed in): their name is replaced in documents' content and
 * records, then memberships, notifications, access tokens and calendar feeds go, then the account
 * becomes a tombstone (same id, no address, no password, no OpenID link) and every session ends.
 */
export class AccountDeletion {
  readonly #store: MetadataStore
  readonly #content: DocumentContent
  readonly #sessions: SessionManager
  readonly #accessEvents: AccessEvents
  readonly #timers: Timers
  readonly #locks: KeyedLock
  readonly #releaseRegistrations: (actor: Actor) => Promise<void>

  constructor(options: {
    store: MetadataStore
    content: DocumentContent
    sessions: SessionManager
    accessEvents: AccessEvents
    timers: Timers
    /** Serialises deletions of administrators, so that two cannot both leave none. */
    locks: KeyedLock
    /**
     * Gives up the person's seats in ateliers to come, promoting the waiting list (the ateliers'
     * `releaseRegistrationsOf`, handed in by the composition: features do not import each other).
     */
    releaseRegistrations: (actor: Actor) => Promise<void>
  }) {
    this.#store = options.store
    this.#content = options.content
    this.#sessions = options.sessions
    this.#accessEvents = options.accessEvents
    this.#timers = options.timers
    this.#locks = options.locks
    this.#releaseRegistrations = options.releaseRegistrations
  }

  /**
   * Deletes the actor's own account. `password` is required when the account has one, checked
   * as a login is (throttled with the logins of the account); `LAST_ADMIN` when they are the last
   * administrator.
   */
  async deleteOwnAccount(actor: Actor, password: string | undefined, ip: string): Promise<void> {
    const account = actor.account
    if (hasPassword(account.passwordHash)) {
      if (password === undefined || !(await this.#sessions.checkPassword(account, password, ip))) {
        throw new AppError(ErrorCode.ValidationFailed, 'Le mot de passe est incorrect.', {
          details: { password: 'Saisissez votre mot de passe actuel pour confirmer.' },
        })
      }
    }
    await this.#locks.run('administrators', async () => {
      if (account.platformRole === PlatformRole.Admin) await this.#assertAnotherAdmin(account.id)
      await this.#anonymiseAuthorship(account)
      await this.#releaseRegistrations(actor)
      await this.#removeLinks(account.id)
      await this.#store.updateAccount(account.id, this.#tombstone(account))
    })
    // Every session ends, and the websockets and event streams opened with them close (4401).
    await this.#sessions.endAllSessionsOf(account.id)
    // Connections opened with an access token, now revoked, are re-checked and close too.
    await this.#accessEvents.publish({ kind: 'account', accountId: account.id })
    await this.#store.appendAudit({
      at: isoTime(this.#timers),
      action: AuditAction.AccountDeleted,
      actorId: account.id,
      target: account.id,
      ip,
    })
  }

  async #assertAnotherAdmin(accountId: string): Promise<void> {
    const admins = (await this.#store.listAccounts()).filter(
      (other) =>
        other.id !== accountId &&
        other.platformRole === PlatformRole.Admin &&
        other.deletedAt === undefined,
    )
    if (admins.length === 0) {
      throw new AppError(
        ErrorCode.LastAdmin,
        'Vous êtes le dernier administrateur de la plateforme : nommez-en un autre avant de supprimer votre compte.',
      )
    }
  }

  async #anonymiseAuthorship(account: Account): Promise<void> {
    const measurementIds = new Set<string>()
    for (const entry of await this.#store.listAudit()) {
      if (entry.actorId !== account.id || entry.action !== AuditAction.IndicatorMeasured) continue
      const measurementId = entry.details?.['measurementId']
      if (measurementId !== undefined) measurementIds.add(measurementId)
    }
    const person: AnonymisedPerson = { accountId: account.id, name: account.name, measurementIds }
    // Every document: any may hold their comments or suggestions, not only threads and ateliers.
    for (const record of await this.#store.listDocumentsOfKinds(Object.values(DocumentKind))) {
      // Read first (a copy): only the documents that name them are loaded and changed.
      if (await this.#content.read(record.id, (doc) => names(doc, person))) {
        await this.#content.change(parseDocumentId(record.id), (doc) => {
          anonymiseContent(doc, person)
        })
      }
      if (record.lastEditorId === account.id && record.lastEditorName !== FORMER_MEMBER_NAME) {
        await this.#store.updateDocument(record.id, { lastEditorName: FORMER_MEMBER_NAME })
      }
    }
    await anonymiseRecords(this.#store, account.id)
  }

  async #removeLinks(accountId: string): Promise<void> {
    const now = isoTime(this.#timers)
    for (const membership of await this.#store.listMembershipsOfAccount(accountId)) {
      await this.#store.deleteMembership(membership.spaceId, accountId)
    }
    await this.#store.notifications.deleteNotificationsOf(accountId)
    // Mail preferences, the entries of their digest and the mails queued for them.
    await this.#store.mail.forgetAccount(accountId)
    for (const token of await this.#store.listAccessTokensOf(accountId)) {
      if (token.revokedAt === undefined) {
        await this.#store.updateAccessToken(token.id, { revokedAt: now })
      }
    }
    for (const feed of await this.#store.ateliers.listCalendarFeedsOf(accountId)) {
      if (feed.revokedAt === undefined) {
        await this.#store.ateliers.updateCalendarFeed(feed.id, { revokedAt: now })
      }
    }
    // The secret addresses of the veille's feeds: revoked, their hash kept until then like the
    // calendar's (a revoked address serves nothing).
    for (const feed of await this.#store.veille.listFeedsOf(accountId)) {
      if (feed.revokedAt === undefined) {
        await this.#store.veille.updateFeed(feed.id, { revokedAt: now })
      }
    }
  }

  #tombstone(account: Account): Partial<Omit<Account, 'id'>> {
    // Every attribute but the kept ones is set to undefined: removed when the record is written.
    const removed = Object.fromEntries(
      Object.keys(account)
        .filter((key) => !KEPT.has(key))
        .map((key) => [key, undefined]),
    )
    return {
      ...removed,
      name: FORMER_MEMBER_NAME,
      email: tombstoneEmail(account.id),
      organisation: '',
      passwordHash: NO_PASSWORD_HASH,
      platformRole: PlatformRole.Membre,
      deletedAt: isoTime(this.#timers),
    }
  }
}

// Whether anonymising would change the document, tried on a copy: a read must not change it.
function names(doc: Y.Doc, person: AnonymisedPerson): boolean {
  const copy = new Y.Doc({ guid: doc.guid })
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
  const changed = anonymiseContent(copy, person)
  copy.destroy()
  return changed
}
