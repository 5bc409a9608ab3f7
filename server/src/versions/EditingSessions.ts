import type { Logger } from 'pino'
import type { DocumentId } from '@maillage/protocol'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { DeadlineQueue } from '../time/DeadlineQueue.ts'
import type { TimerHandle, Timers } from '../time/Timers.ts'
import type { VersionRecorder } from './VersionRecorder.ts'
import { SERVER_AUTHOR_ID } from './VersionRecord.ts'
import type { VersionStore } from './VersionStore.ts'

/** Where the authors' accounts are looked up (the metadata store). */
export type AccountLookup = Pick<MetadataStore, 'findAccountById'>

/** A session ends after this long without a stored edit. */
export const SESSION_IDLE_MS = 10 * 60_000
/** A session edited without pause is cut into versions this long at most. */
export const SESSION_MAX_MS = 30 * 60_000
/** At most one automatic version per document within this long (see README, density). */
export const AUTOMATIC_VERSION_INTERVAL_MS = 10 * 60_000

interface Session {
  /** Principal ids, each once: an array, lighter than a set for the few a session has. */
  readonly authors: string[]
  readonly startedAt: number
  lastEditAt: number
  /** Set once the last person left: the session ends as soon as the density allows. */
  ended: boolean
  /** Ends an ended session (now, or once the density allows); undefined while it runs. */
  timer: TimerHandle | undefined
}

/**
 * The editing sessions of documents, which make the automatic versions. A save that stored
 * people's edits (`noteEdit`, from the rooms' `onStored`) opens or extends the session of its
 * document and remembers its author; the session ends, and its version is written, when the room
 * unloads (`noteUnloaded`: the last person left), after `SESSION_IDLE_MS` without edits, or after
 * `SESSION_MAX_MS` of continuous editing (within a second: one queue of deadlines serves every
 * session, rather than a timer each) — and never sooner than `AUTOMATIC_VERSION_INTERVAL_MS`
 * after the document's previous automatic version. Nothing is written when the content did not
 * change since the newest version. Each process follows the edits of its own connections; the
 * recorder's lock and the fingerprint keep two processes from recording one content twice.
 */
export class EditingSessions {
  readonly #sessions = new Map<DocumentId, Session>()
  /** The idle and length deadlines of the running sessions. */
  readonly #deadlines: DeadlineQueue<DocumentId>
  readonly #writing = new Set<Promise<void>>()
  readonly #recorder: VersionRecorder
  readonly #store: VersionStore
  readonly #metadata: AccountLookup
  readonly #timers: Timers
  readonly #logger: Logger
  #closed = false

  constructor(options: {
    recorder: VersionRecorder
    store: VersionStore
    metadata: AccountLookup
    timers: Timers
    logger: Logger
  }) {
    this.#recorder = options.recorder
    this.#store = options.store
    this.#metadata = options.metadata
    this.#timers = options.timers
    this.#logger = options.logger
    this.#deadlines = new DeadlineQueue({
      timers: options.timers,
      onDue: (documentIds) => {
        for (const documentId of documentIds) this.#endIfDue(documentId)
      },
    })
  }

  /** A save stored edits of `editorId` (a principal id) to the document. */
  noteEdit(documentId: DocumentId, editorId: string): void {
    if (this.#closed) return
    const now = this.#timers.now()
    let session = this.#sessions.get(documentId)
    if (session === undefined) {
      session = {
        authors: [],
        startedAt: now,
        lastEditAt: now,
        ended: false,
        timer: undefined,
      }
      this.#sessions.set(documentId, session)
    }
    if (!session.authors.includes(editorId)) session.authors.push(editorId)
    session.lastEditAt = now
    session.ended = false
    this.#cancelEnd(session)
    this.#deadlines.add(documentId, this.#dueAt(session))
  }

  /** The document's room unloaded: its session ends now, or once the density allows. */
  noteUnloaded(documentId: DocumentId): void {
    const session = this.#sessions.get(documentId)
    if (session === undefined || this.#closed) return
    session.ended = true
    this.#deadlines.delete(documentId)
    this.#cancelEnd(session)
    this.#endLater(documentId, session, 0)
  }

  /** The account ids who edited the document since its session began (none outside a session). */
  authorsOf(documentId: DocumentId): string[] {
    return [...(this.#sessions.get(documentId)?.authors ?? [])]
  }

  /**
   * Ends every session now (the server stops): each writes its version, density aside, since its
   * authors would otherwise be forgotten. Resolves once written.
   */
  async close(): Promise<void> {
    this.#closed = true
    this.#deadlines.clear()
    for (const [documentId, session] of this.#sessions) {
      this.#cancelEnd(session)
      this.#sessions.delete(documentId)
      this.#track(this.#write(documentId, session))
    }
    await Promise.all([...this.#writing])
  }

  /** When a running session ends: after the idle delay, or at its longest. */
  #dueAt(session: Session): number {
    return Math.min(session.lastEditAt + SESSION_IDLE_MS, session.startedAt + SESSION_MAX_MS)
  }

  /** A deadline passed: the session of `documentId` ends if it still runs and is due. */
  #endIfDue(documentId: DocumentId): void {
    const session = this.#sessions.get(documentId)
    if (session === undefined || session.ended || this.#closed) return
    const dueAt = this.#dueAt(session)
    if (dueAt > this.#timers.now()) this.#deadlines.add(documentId, dueAt)
    else this.#track(this.#end(documentId, session))
  }

  #endLater(documentId: DocumentId, session: Session, delayMs: number): void {
    session.timer = this.#timers.setTimeout(() => {
      session.timer = undefined
      this.#track(this.#end(documentId, session))
    }, delayMs)
  }

  #cancelEnd(session: Session): void {
    if (session.timer === undefined) return
    this.#timers.clearTimeout(session.timer)
    session.timer = undefined
  }

  /** Ends the session if the density allows, else waits until it does. */
  async #end(documentId: DocumentId, session: Session): Promise<void> {
    if (this.#sessions.get(documentId) !== session) return
    const wait = await this.#densityWait(documentId)
    if (this.#sessions.get(documentId) !== session || this.#closed) return
    if (wait > 0) {
      this.#endLater(documentId, session, wait)
      return
    }
    this.#sessions.delete(documentId)
    await this.#write(documentId, session)
  }

  /** How long until the document may have a new automatic version, in ms (0: now). */
  async #densityWait(documentId: DocumentId): Promise<number> {
    const versions = await this.#store.list(documentId)
    const lastAutomatic = versions.find((version) => version.kind === 'automatique')
    if (lastAutomatic === undefined) return 0
    const nextAt = Date.parse(lastAutomatic.createdAt) + AUTOMATIC_VERSION_INTERVAL_MS
    return Math.max(0, nextAt - this.#timers.now())
  }

  async #write(documentId: DocumentId, session: Session): Promise<void> {
    try {
      const authors = await this.#accountsAmong(session.authors)
      await this.#recorder.exclusively(documentId, () =>
        this.#recorder.recordCurrent(
          documentId,
          { kind: 'automatique', createdBy: SERVER_AUTHOR_ID, authors },
          true,
        ),
      )
    } catch (error) {
      // The session's edits are stored with the document; only this version is missing.
      this.#logger.error({ err: error, documentId }, 'an automatic version could not be written')
    }
  }

  /** The authors that are accounts (an edit under `MAILLAGE_AUTH=none` has none behind it). */
  async #accountsAmong(ids: readonly string[]): Promise<{ id: string }[]> {
    const accounts = await Promise.all(ids.map((id) => this.#metadata.findAccountById(id)))
    return accounts.flatMap((account) => (account === null ? [] : [{ id: account.id }]))
  }

  #track(task: Promise<void>): void {
    const guarded = task.catch((error: unknown) => {
      // Reading the history failed: the session is kept for the next edit or unload to retry.
      this.#logger.error({ err: error }, 'an editing session could not be ended')
    })
    this.#writing.add(guarded)
    void guarded.finally(() => this.#writing.delete(guarded))
  }
}
