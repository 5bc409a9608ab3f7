import type { PersonRefView } from '@maillage/protocol'
import { documentAccess } from '../auth/accessPolicy.ts'
import type { Actor } from '../auth/Actor.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import { COMMENT_MESSAGES } from './commentMessages.ts'

/**
 * The people who may read a document, as the comments need them: who may be offered after `@`
 * (the members of its space) and which of the people a comment mentions may be (anyone who may
 * read it, by the same rule as the document itself).
 */
export class CommentReaders {
  readonly #store: MetadataStore

  constructor(options: { store: MetadataStore }) {
    this.#store = options.store
  }

  /** The members of the document's space, by name. */
  async membersOf(record: DocumentRecord): Promise<PersonRefView[]> {
    const memberships = await this.#store.listMembershipsOfSpace(record.spaceId)
    const accounts = await Promise.all(
      memberships.map((membership) => this.#store.findAccountById(membership.accountId)),
    )
    return accounts.flatMap((account) =>
      account === null ? [] : [{ id: account.id, name: account.name }],
    )
  }

  /**
   * The people `ids` names, other than the author, each once, by id with their name, for a comment
   * of `text`: only those written `@Name` in it are kept (a mention removed from the text before
   * sending is no mention). `AUTH_FORBIDDEN` when one of them may not read the document: a
   * mention would otherwise send them a link they cannot open. Unknown ids are dropped.
   */
  async mentioned(
    author: Actor,
    record: DocumentRecord,
    mention: { ids: readonly string[]; text: string },
  ): Promise<Map<string, string>> {
    const others = [...new Set(mention.ids)].filter((id) => id !== author.account.id)
    const mentioned = new Map<string, string>()
    for (const id of others) {
      const account = await this.#store.findAccountById(id)
      if (account === null || !mention.text.includes(`@${account.name}`)) continue
      const memberships = await this.#store.listMembershipsOfAccount(id)
      const reader: Actor = {
        account,
        roles: new Map(memberships.map((membership) => [membership.spaceId, membership.role])),
        via: 'session',
      }
      if (documentAccess(reader, record) === null) {
        throw new AppError(ErrorCode.Forbidden, COMMENT_MESSAGES.mentionNotReader)
      }
      mentioned.set(account.id, account.name)
    }
    return mentioned
  }
}
