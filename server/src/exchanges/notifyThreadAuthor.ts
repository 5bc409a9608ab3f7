import type { Actor } from '../auth/Actor.ts'
import type { NotificationService } from '../notifications/NotificationService.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { ExchangeThread } from '../persistence/records/ExchangeThread.ts'
import { exchangePath } from './exchangePath.ts'

/** Kind of the notification of a thread's author when someone else replies to it. */
export const REPLY_NOTIFICATION_KIND = 'reponse-discussion'

/** Kind of the notification of a thread's author when a CLPE says « nous aussi » on it. */
export const ECHO_NOTIFICATION_KIND = 'nous-aussi'

/** What the author of a thread is told about; nothing when they did it themselves. */
export type ThreadAuthorNotice =
  | {
      readonly kind: 'reply'
      readonly title: string
      readonly messageId: string
      /** People already notified of this message (its mentions): not told twice. */
      readonly alreadyNotified: ReadonlySet<string>
    }
  | { readonly kind: 'echo'; readonly title: string; readonly spaceName: string }

/**
 * Tells the author of `thread` that `actor` replied to it or said « nous aussi » on it: never
 * the author about their own action, never twice about one message (a mention of the author
 * already notified them), nobody when the author's account no longer exists or was deleted.
 */
export async function notifyThreadAuthor(
  actor: Actor,
  thread: ExchangeThread,
  notice: ThreadAuthorNotice,
  deps: { readonly store: MetadataStore; readonly notifications: NotificationService },
): Promise<void> {
  const authorId = thread.authorId
  if (authorId === actor.account.id) return
  if (notice.kind === 'reply' && notice.alreadyNotified.has(authorId)) return
  const author = await deps.store.findAccountById(authorId)
  if (author === null || author.deletedAt !== undefined) return
  const name = actor.account.name
  await deps.notifications.notify(
    authorId,
    notice.kind === 'reply'
      ? {
          kind: REPLY_NOTIFICATION_KIND,
          message: `${name} a répondu à votre discussion « ${notice.title} ».`,
          link: `${exchangePath(thread.id)}#message-${notice.messageId}`,
        }
      : {
          kind: ECHO_NOTIFICATION_KIND,
          message: `${name} a dit « nous aussi » pour ${notice.spaceName} sur votre discussion « ${notice.title} ».`,
          link: exchangePath(thread.id),
        },
  )
}
