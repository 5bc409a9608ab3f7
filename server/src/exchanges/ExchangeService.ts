import type {
  ExchangeMessageView,
  ExchangeSummaryView,
  ExchangeView,
  PersonRefView,
  SynergiesView,
} from '@maillage/protocol'
import {
  DocumentKind,
  REGIONAL_SPACE_IDS,
  SpaceKind,
  isSpaceId,
  type ExchangeStatus,
} from '@maillage/schema'
import type { Actor } from '../auth/Actor.ts'
import { assertAllowed } from '../auth/assertAllowed.ts'
import {
  canChangeExchangeStatus,
  canEchoFor,
  canPostExchanges,
  canReadExchanges,
  canRemoveEcho,
  isEchoable,
} from '../auth/exchangeAccess.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import type { DocumentService } from '../documents/DocumentService.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { NotificationService } from '../notifications/NotificationService.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { ExchangeThread } from '../persistence/records/ExchangeThread.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import type { ExchangeCreateInput, ExchangeListFilters } from './exchangeInput.ts'
import { EXCHANGE_MESSAGES } from './exchangeMessages.ts'
import { findMentionCandidates } from './findMentionCandidates.ts'
import { groupSynergies } from './groupSynergies.ts'
import { byRecentActivity, matchesListFilters } from './threadListOrder.ts'
import { MessagePoster } from './MessagePoster.ts'
import { notifyThreadAuthor } from './notifyThreadAuthor.ts'
import type { ParsedMessage } from './parseMessageContent.ts'
import {
  presentExchange,
  presentExchangeSummary,
  territoryRef,
  type ExchangeDirectory,
} from './presentExchange.ts'
import { SerialQueues } from '../concurrency/SerialQueues.ts'
import type { KeyedLock } from '../coordination/KeyedLock.ts'
import { isSupraTerritorial, raisingSpaceIds } from './supraTerritorial.ts'
import { ThreadWriter } from './ThreadWriter.ts'
import { checkExchangeTerritories } from './checkExchangeTerritories.ts'
import { notifyCoreOfSupraTerritorial } from './notifyCoreOfSupraTerritorial.ts'

/** Whether the author of the thread is told of a reply or a « nous aussi » (default true). */
export interface AuthorNoticeOptions {
  readonly tellAuthor?: boolean
}

/**
 * The échanges between CLPE and CoRE (issue #8, items 1–2): threads (a `discussion` document of
 * the espace régional shared with all, plus an `ExchangeThread` record), messages appended to the
 * thread's Y.Doc with their mentions notified (`MessagePoster`), status, « nous aussi » and the
 * synergies they add up to.
 * Checks who may do what (`auth/exchangeAccess.ts`) and the threads' own rules; the changes of
 * one thread run one at a time (under a lock of the thread, shared by every process when so
 * configured), so counts and « nous aussi » never race.
 */
export class ExchangeService {
  readonly #store: MetadataStore
  readonly #documents: DocumentService
  readonly #writer: ThreadWriter
  readonly #poster: MessagePoster
  readonly #notifications: NotificationService
  readonly #timers: Timers
  readonly #queues: KeyedLock

  constructor(options: {
    store: MetadataStore
    documents: DocumentService
    /** Where the threads' Y.Docs are changed (live for their readers). */
    content: DocumentContent
    notifications: NotificationService
    timers: Timers
    /** Orders the changes of one thread; default: within this process only. */
    locks?: KeyedLock
  }) {
    this.#store = options.store
    this.#queues = options.locks ?? new SerialQueues()
    this.#documents = options.documents
    this.#writer = new ThreadWriter({
      content: options.content,
      metadata: options.store,
      timers: options.timers,
    })
    this.#poster = new MessagePoster({
      store: options.store,
      writer: this.#writer,
      notifications: options.notifications,
      timers: options.timers,
    })
    this.#notifications = options.notifications
    this.#timers = options.timers
  }

  /** The threads matching `filters`, most recent activity first. */
  async list(actor: Actor, filters: ExchangeListFilters): Promise<ExchangeSummaryView[]> {
    assertReader(actor)
    const directory = await this.#directory()
    if (filters.territoire !== undefined && !directory.spaces.has(filters.territoire)) {
      throw new AppError(ErrorCode.ValidationFailed, EXCHANGE_MESSAGES.badTerritoryFilter, {
        details: { territoire: EXCHANGE_MESSAGES.badTerritoryFilter },
      })
    }
    const threads = await this.#listThreads(directory)
    return threads
      .filter((thread) => matchesListFilters(thread, filters))
      .sort(byRecentActivity)
      .map((thread) => presentExchangeSummary(thread, directory))
  }

  /** One thread as `actor` sees it; `NOT_FOUND` for an unknown id or a thread without document. */
  async get(actor: Actor, id: string): Promise<ExchangeView> {
    assertReader(actor)
    const directory = await this.#directory()
    return presentExchange(actor, await this.#load(id, directory), directory)
  }

  /** Opens a thread with its first message; the author must be allowed to post. */
  async create(actor: Actor, input: ExchangeCreateInput): Promise<ExchangeView> {
    assertReader(actor)
    assertAllowed(canPostExchanges(actor), EXCHANGE_MESSAGES.postOnly)
    const parsed = await parseMessageContent(input.content)
    const directory = await this.#directory()
    checkExchangeTerritories(actor, input, directory.spaces)
    await this.#documents.admitCreation(actor)
    const record = await this.#documents.create(actor, {
      spaceId: REGIONAL_SPACE_IDS.regional,
      kind: DocumentKind.Discussion,
      title: input.title,
      fields: {
        type: input.type,
        themes: Object.fromEntries(input.themes.map((theme) => [theme, true])),
        nousAussi: 0,
      },
    })
    await this.#documents.share(record, true)
    const now = isoTime(this.#timers)
    const thread: ExchangeThread = {
      id: record.id,
      type: input.type,
      status: 'ouvert',
      themes: input.themes,
      territorySpaceIds: input.territorySpaceIds,
      ...(input.originSpaceId === undefined ? {} : { originSpaceId: input.originSpaceId }),
      authorId: actor.account.id,
      createdAt: now,
      lastMessageAt: now,
      messageCount: 0,
      echoes: [],
    }
    await this.#store.exchanges.createThread(thread)
    await this.#queues.run(thread.id, () =>
      this.#poster.post(actor, thread, parsed, input.title, false),
    )
    return await this.get(actor, thread.id)
  }

  /**
   * Posts a message; `CONFLICT` on a closed thread. Mentioned people are notified once each, the
   * thread's author of the reply (`reponse-discussion`) unless `options.tellAuthor` is false (the
   * demo's history, which is no news to anyone).
   */
  async post(
    actor: Actor,
    id: string,
    content: unknown,
    options: AuthorNoticeOptions = {},
  ): Promise<ExchangeMessageView> {
    assertReader(actor)
    return await this.#queues.run(id, async () => {
      const directory = await this.#directory()
      const thread = await this.#load(id, directory)
      assertAllowed(canPostExchanges(actor), EXCHANGE_MESSAGES.postOnly)
      const parsed = await parseMessageContent(content)
      if (thread.status === 'clos') throw new AppError(ErrorCode.Conflict, EXCHANGE_MESSAGES.closed)
      const title = directory.titles.get(id) ?? ''
      return await this.#poster.post(actor, thread, parsed, title, options.tellAuthor ?? true)
    })
  }

  /** Moves the status of a thread (any status to any other; clos → ouvert reopens it). */
  async changeStatus(actor: Actor, id: string, status: ExchangeStatus): Promise<ExchangeView> {
    assertReader(actor)
    return await this.#queues.run(id, async () => {
      const directory = await this.#directory()
      const thread = await this.#load(id, directory)
      assertAllowed(canChangeExchangeStatus(actor, thread), EXCHANGE_MESSAGES.statusOnly)
      const updated = status === thread.status ? thread : await this.#record(thread, { status })
      // Mirrored even when the status was already this one: the retry of a change whose mirror
      // failed (record written, Y.Doc not) brings the Y.Doc back in step.
      await this.#writer.mirror(updated)
      return presentExchange(actor, updated, directory)
    })
  }

  /**
   * Says « nous aussi » for a CLPE: once per space, never for the origin, only on remontées and
   * signaux faibles. The first time the subject reaches the supra-territorial threshold, the
   * CoRE's contributeurs and animateurs are notified; the thread's author is told each time
   * (`nous-aussi`), unless they said it or `options.tellAuthor` is false (the demo's history).
   */
  async echo(
    actor: Actor,
    id: string,
    spaceId: string,
    options: AuthorNoticeOptions = {},
  ): Promise<ExchangeView> {
    assertReader(actor)
    return await this.#queues.run(id, async () => {
      const directory = await this.#directory()
      const thread = await this.#load(id, directory)
      const space = directory.spaces.get(spaceId)
      if (space?.kind !== SpaceKind.Clpe) {
        throw new AppError(ErrorCode.ValidationFailed, EXCHANGE_MESSAGES.echoSpaceNotClpe, {
          details: { spaceId: EXCHANGE_MESSAGES.echoSpaceNotClpe },
        })
      }
      assertAllowed(canEchoFor(actor, space), EXCHANGE_MESSAGES.echoNotEditor)
      if (!isEchoable(thread)) conflict(EXCHANGE_MESSAGES.notEchoable)
      if (space.id === thread.originSpaceId) conflict(EXCHANGE_MESSAGES.echoOfOrigin)
      if (thread.echoes.some((echo) => echo.spaceId === space.id)) {
        // Perhaps the retry of a « nous aussi » recorded whose mirror failed: heal, then refuse.
        await this.#writer.mirror(thread)
        conflict(EXCHANGE_MESSAGES.echoTwice)
      }
      const now = isoTime(this.#timers)
      const echoes = [...thread.echoes, { spaceId: space.id, accountId: actor.account.id, at: now }]
      const crossing =
        thread.supraTerritorialAt === undefined &&
        isSupraTerritorial(thread.type, raisingSpaceIds({ ...thread, echoes }).length)
      const updated = await this.#record(thread, {
        echoes,
        ...(crossing ? { supraTerritorialAt: now } : {}),
      })
      // Before the mirror: its retry would find the « nous aussi » said and notify nobody.
      if (crossing) {
        await notifyCoreOfSupraTerritorial({
          store: this.#store,
          notifications: this.#notifications,
          actor,
          thread: updated,
          directory,
        })
      }
      if (options.tellAuthor ?? true) {
        await notifyThreadAuthor(
          actor,
          updated,
          { kind: 'echo', title: directory.titles.get(id) ?? '', spaceName: space.name },
          { store: this.#store, notifications: this.#notifications },
        )
      }
      await this.#writer.mirror(updated)
      return presentExchange(actor, updated, directory)
    })
  }

  /** Withdraws the « nous aussi » of a space; `NOT_FOUND` when it had not said it. */
  async removeEcho(actor: Actor, id: string, spaceId: string): Promise<ExchangeView> {
    assertReader(actor)
    return await this.#queues.run(id, async () => {
      const directory = await this.#directory()
      const thread = await this.#load(id, directory)
      assertAllowed(
        isSpaceId(spaceId) && canRemoveEcho(actor, spaceId),
        EXCHANGE_MESSAGES.echoRemoveOnly,
      )
      const echoes = thread.echoes.filter((echo) => echo.spaceId !== spaceId)
      if (echoes.length === thread.echoes.length) {
        // Perhaps the retry of a withdrawal recorded whose mirror failed: heal, then refuse.
        await this.#writer.mirror(thread)
        throw new AppError(ErrorCode.NotFound, EXCHANGE_MESSAGES.echoNotFound)
      }
      const updated = await this.#record(thread, { echoes })
      await this.#writer.mirror(updated)
      return presentExchange(actor, updated, directory)
    })
  }

  /** The remontées and signaux faibles grouped by theme, and the supra-territorial ones. */
  async synergies(actor: Actor): Promise<SynergiesView> {
    assertReader(actor)
    const directory = await this.#directory()
    const clpe = new Map(
      [...directory.spaces.values()]
        .filter((space) => space.kind === SpaceKind.Clpe)
        .map((space) => [space.id, territoryRef(space)]),
    )
    const candidates = (await this.#listThreads(directory)).map((thread) => ({
      thread: presentExchangeSummary(thread, directory),
      raisedBy: raisingSpaceIds(thread),
    }))
    return groupSynergies(candidates, clpe)
  }

  /** Who `actor` may mention in a thread, for the `@` of the composer (see `findMentionCandidates`). */
  async mentionCandidates(actor: Actor, id: string, query: string): Promise<PersonRefView[]> {
    assertReader(actor)
    const directory = await this.#directory()
    await this.#load(id, directory)
    // Every account reads every thread (shared with all), so every account may be mentioned.
    const people = [...directory.names].map(([personId, name]) => ({ id: personId, name }))
    return findMentionCandidates(people, query, actor.account.id)
  }

  /**
   * Records a change of the thread; the caller mirrors it into the Y.Doc afterwards
   * (`ThreadWriter.mirror`, which a retry may repeat).
   */
  async #record(
    thread: ExchangeThread,
    patch: Partial<Omit<ExchangeThread, 'id'>>,
  ): Promise<ExchangeThread> {
    const updated = await this.#store.exchanges.updateThread(thread.id, patch)
    if (updated === null) throw new AppError(ErrorCode.NotFound, EXCHANGE_MESSAGES.notFound)
    return updated
  }

  async #load(id: string, directory: ExchangeDirectory): Promise<ExchangeThread> {
    const thread = directory.titles.has(id) ? await this.#store.exchanges.findThread(id) : null
    if (thread === null) throw new AppError(ErrorCode.NotFound, EXCHANGE_MESSAGES.notFound)
    return thread
  }

  /** Every thread whose document still exists. */
  async #listThreads(directory: ExchangeDirectory): Promise<ExchangeThread[]> {
    const threads = await this.#store.exchanges.listThreads()
    return threads.filter((thread) => directory.titles.has(thread.id))
  }

  async #directory(): Promise<ExchangeDirectory> {
    const [spaces, accounts, documents] = await Promise.all([
      this.#store.listSpaces(),
      this.#store.listAccounts(),
      this.#store.listDocumentsOfSpace(REGIONAL_SPACE_IDS.regional),
    ])
    return {
      spaces: new Map(spaces.map((space) => [space.id, space])),
      names: new Map(accounts.map((account) => [account.id, account.name])),
      titles: new Map(
        documents
          .filter((document) => document.kind === DocumentKind.Discussion)
          .map((document) => [document.id, document.title]),
      ),
    }
  }
}

// Every signed-in member reads the échanges; the other rules are each method's.
function assertReader(actor: Actor): void {
  assertAllowed(canReadExchanges(actor), EXCHANGE_MESSAGES.signInToRead)
}

function conflict(message: string): never {
  throw new AppError(ErrorCode.Conflict, message)
}

/** The message schema (Tiptap's) is big: loaded at the first message posted, not at start. */
async function parseMessageContent(input: unknown): Promise<ParsedMessage> {
  const { parseMessageContent: parse } = await import('./parseMessageContent.ts')
  return parse(input)
}
