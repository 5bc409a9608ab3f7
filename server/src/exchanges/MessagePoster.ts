import { randomUUID } from 'node:crypto'
import type { ExchangeMessageView } from '@maillage/protocol'
import type { Actor } from '../auth/Actor.ts'
import type { NotificationService } from '../notifications/NotificationService.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { ExchangeThread } from '../persistence/records/ExchangeThread.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import { exchangePath } from './exchangePath.ts'
import { labelMentions } from './labelMentions.ts'
import { notifyThreadAuthor } from './notifyThreadAuthor.ts'
import type { ParsedMessage } from './parseMessageContent.ts'
import type { ThreadWriter } from './ThreadWriter.ts'

/** Kind of the notification of a person mentioned in a message. */
export const MENTION_NOTIFICATION_KIND = 'mention'

/**
 * Posts a message to a thread (issue #8, item 1): its mentions relabelled with the accounts'
 * current names, appended to the thread's Y.Doc (`ThreadWriter`), then each existing account
 * mentioned, other than the author, notified once, and the thread's author told of the reply
 * unless they wrote it or were mentioned in it (`notifyThreadAuthor`). Who may post,
 * and whether the thread is open, is checked by the caller (`ExchangeService`), which also runs
 * the changes of one thread one at a time.
 */
export class MessagePoster {
  readonly #store: MetadataStore
  readonly #writer: ThreadWriter
  readonly #notifications: NotificationService
  readonly #timers: Timers

  constructor(options: {
    store: MetadataStore
    writer: ThreadWriter
    notifications: NotificationService
    timers: Timers
  }) {
    this.#store = options.store
    this.#writer = options.writer
    this.#notifications = options.notifications
    this.#timers = options.timers
  }

  /**
   * Appends `parsed` by `actor` to `thread`, whose title `title` the notifications name; the
   * thread's author is told of it when `tellAuthor`.
   */
  async post(
    actor: Actor,
    thread: ExchangeThread,
    parsed: ParsedMessage,
    title: string,
    tellAuthor: boolean,
  ): Promise<ExchangeMessageView> {
    const mentioned = await this.#mentionable(actor, parsed.mentionIds)
    const message: ExchangeMessageView = {
      id: randomUUID(),
      author: { id: actor.account.id, name: actor.account.name },
      at: isoTime(this.#timers),
      content: labelMentions(parsed.content, mentioned),
      mentions: [...mentioned.keys()],
    }
    // The Y.Doc first, then the count read back from it (ThreadWriter): a failure on the way
    // never leaves a count of messages that were not written.
    await this.#writer.append(thread.id, message)
    if (mentioned.size > 0) {
      await this.#notifications.notifyAll(mentioned.keys(), {
        kind: MENTION_NOTIFICATION_KIND,
        message: `${actor.account.name} vous a mentionné dans « ${title} ».`,
        link: `${exchangePath(thread.id)}#message-${message.id}`,
      })
    }
    if (tellAuthor) {
      await notifyThreadAuthor(
        actor,
        thread,
        { kind: 'reply', title, messageId: message.id, alreadyNotified: new Set(mentioned.keys()) },
        { store: this.#store, notifications: this.#notifications },
      )
    }
    return message
  }

  /**
   * The existing accounts among `ids` (at most `MAX_MENTIONS_PER_MESSAGE`), by id with their
   * name, the author left out.
   */
  async #mentionable(actor: Actor, ids: readonly string[]): Promise<Map<string, string>> {
    const others = ids.filter((id) => id !== actor.account.id)
    const accounts = await Promise.all(others.map((id) => this.#store.findAccountById(id)))
    const mentioned = new Map<string, string>()
    for (const account of accounts) {
      if (account !== null) mentioned.set(account.id, account.name)
    }
    return mentioned
  }
}
