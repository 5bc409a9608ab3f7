import { randomUUID } from 'node:crypto'
import type * as Y from 'yjs'
import type {
  AtelierBreakoutParticipantView,
  AtelierBreakoutStatusView,
  AtelierBreakoutView,
} from '@maillage/protocol'
import type { Actor } from '../../../auth/Actor.ts'
import { assertAllowed } from '../../../auth/assertAllowed.ts'
import { canFacilitateAtelier } from '../../../auth/atelierAccess.ts'
import type { AccessEvents } from '../../../coordination/AccessEvents.ts'
import type { DocumentContent } from '../../../documents/DocumentContent.ts'
import type { DocumentPresence } from '../../../documents/DocumentPresence.ts'
import { AppError, ErrorCode } from '../../../errors/AppError.ts'
import type { MetadataStore } from '../../../persistence/MetadataStore.ts'
import type { DocumentRecord } from '../../../persistence/records/DocumentRecord.ts'
import { isoTime } from '../../../time/isoTime.ts'
import type { TimerHandle, Timers } from '../../../time/Timers.ts'
import { ATELIER_MESSAGES } from '../../atelierMessages.ts'
import { readAtelierSession } from '../../atelierSession.ts'
import {
  groupNumberOf,
  readBreakoutRun,
  writeBreakoutRun,
  type BreakoutRun,
} from './breakoutRun.ts'
import type { BreakoutAssignInput, BreakoutStartInput } from './groupsInput.ts'
import { chosenGroups, dealRandomly } from './splitIntoGroups.ts'

/** Longest wait a timer is set for (the most minutes a run may last, and a margin). */
const MAX_TIMER_MS = 2 ** 31 - 1

function conflict(message: string): AppError {
  return new AppError(ErrorCode.Conflict, message)
}

function present(run: BreakoutRun): AtelierBreakoutView {
  return {
    state: run.state,
    groups: run.groups.map((group) => ({ ...group, memberIds: [...group.memberIds] })),
    startedAt: run.startedAt,
    ...(run.endsAt === undefined ? {} : { endsAt: run.endsAt }),
    ...(run.endedAt === undefined ? {} : { endedAt: run.endedAt }),
  }
}

/**
 * The breakout groups of an atelier's live session: the facilitator splits the seat holders present
 * into 2 to 12 groups (at random, balanced, or as chosen), places late joiners, and brings everyone
 * back to the plenary — by hand or when the set time is up. The server writes who is where into
 * the `groups` root; the access policy reads it (`ContentBreakoutSeats`) so that each participant
 * writes only their group's notes and wall while groups run, and live connections are re-checked
 * at each change. Facilitators only.
 */
export class AtelierGroupService {
  readonly #store: MetadataStore
  readonly #content: DocumentContent
  readonly #presence: DocumentPresence
  readonly #timers: Timers
  readonly #accessEvents: AccessEvents
  readonly #random: () => number
  // The end set for the run of each atelier started by this process (by atelier id).
  readonly #endTimers = new Map<string, TimerHandle>()

  constructor(options: {
    store: MetadataStore
    content: DocumentContent
    presence: DocumentPresence
    timers: Timers
    accessEvents: AccessEvents
    /** Numbers in [0, 1) for the random split (`Math.random` by default). */
    random?: () => number
  }) {
    this.#store = options.store
    this.#content = options.content
    this.#presence = options.presence
    this.#timers = options.timers
    this.#accessEvents = options.accessEvents
    this.#random = options.random ?? Math.random
  }

  /** The groups (null before any) and the seat holders present or placed, by name. */
  async status(actor: Actor, record: DocumentRecord): Promise<AtelierBreakoutStatusView> {
    assertAllowed(canFacilitateAtelier(actor, record), ATELIER_MESSAGES.facilitatorsOnly)
    const run = await this.#content.read(record.id, readBreakoutRun)
    return {
      breakout: run === null ? null : present(run),
      participants: await this.#participants(record, run),
    }
  }

  /**
   * Starts breakout groups while the session is `en-cours` and none run (else `CONFLICT`):
   * `aleatoire` deals the seat holders connected now, `choisi` places the seat holders given.
   */
  async start(
    actor: Actor,
    record: DocumentRecord,
    input: BreakoutStartInput,
  ): Promise<AtelierBreakoutView> {
    assertAllowed(canFacilitateAtelier(actor, record), ATELIER_MESSAGES.facilitatorsOnly)
    const seatHolders = await this.#seatHolders(record.id)
    const groups =
      input.mode === 'aleatoire'
        ? dealRandomly(
            [...(await this.#presence.connectedAccounts(record.id))].filter((id) =>
              seatHolders.has(id),
            ),
            input.groups.map((group) => group.name),
            this.#random,
          )
        : chosenGroups(input.groups, seatHolders)
    const now = this.#timers.now()
    const run: BreakoutRun = {
      state: 'en-cours',
      runId: randomUUID(),
      groups,
      startedAt: new Date(now).toISOString(),
      ...(input.durationMinutes === undefined
        ? {}
        : { endsAt: new Date(now + input.durationMinutes * 60_000).toISOString() }),
    }
    await this.#change(record, (current, doc) => {
      if (readAtelierSession(doc).state !== 'en-cours') {
        throw conflict('Les groupes se forment pendant la session : démarrez-la d’abord.')
      }
      if (current?.state === 'en-cours') {
        throw conflict('Des groupes sont déjà en cours : revenez d’abord en plénière.')
      }
      return run
    })
    this.#scheduleEnd(record, run)
    return present(run)
  }

  /** Places a seat holder in group `n` of the groups running (a late joiner, or a move). */
  async assign(
    actor: Actor,
    record: DocumentRecord,
    input: BreakoutAssignInput,
  ): Promise<AtelierBreakoutView> {
    assertAllowed(canFacilitateAtelier(actor, record), ATELIER_MESSAGES.facilitatorsOnly)
    const registration = await this.#store.ateliers.findRegistration(record.id, input.accountId)
    if (registration?.status !== 'inscrit') {
      throw new AppError(
        ErrorCode.ValidationFailed,
        'Cette personne n’a pas de place dans cet atelier : elle ne peut pas rejoindre un groupe.',
      )
    }
    const moved: BreakoutRun[] = []
    await this.#change(record, (current) => {
      if (current?.state !== 'en-cours') throw conflict('Aucun groupe n’est en cours.')
      if (!current.groups.some((group) => group.n === input.n)) {
        throw conflict('Ce groupe n’existe pas : choisissez-en un parmi les groupes en cours.')
      }
      const next = {
        ...current,
        groups: current.groups.map((group) => {
          const others = group.memberIds.filter((id) => id !== input.accountId)
          return {
            ...group,
            memberIds: group.n === input.n ? [...others, input.accountId] : others,
          }
        }),
      }
      moved.push(next)
      return next
    })
    return present(moved[0] as BreakoutRun)
  }

  /** Brings everyone back to the plenary; `CONFLICT` when no groups run. Their work stays. */
  async end(actor: Actor, record: DocumentRecord): Promise<AtelierBreakoutView> {
    assertAllowed(canFacilitateAtelier(actor, record), ATELIER_MESSAGES.facilitatorsOnly)
    const run = await this.#endRun(record, null)
    if (run === null) throw conflict('Aucun groupe n’est en cours.')
    return present(run)
  }

  /** Cancels the ends set by this process (at the server's close). */
  stop(): void {
    for (const handle of this.#endTimers.values()) this.#timers.clearTimeout(handle)
    this.#endTimers.clear()
  }

  /** Ends the groups running (only run `runId`, unless null); null when none ran. */
  async #endRun(record: DocumentRecord, runId: string | null): Promise<BreakoutRun | null> {
    const ended = await this.#change(record, (current) => {
      if (current?.state !== 'en-cours' || (runId !== null && current.runId !== runId)) return null
      return { ...current, state: 'terminee', endedAt: isoTime(this.#timers) }
    })
    if (ended !== null) this.#cancelEnd(record.id)
    return ended
  }

  /**
   * Writes what `decide` makes of the current run (null: nothing to write), inside one change of
   * the atelier's document so that two facilitators' requests cannot interleave; then has the live
   * connections of the atelier re-checked, so each participant writes where they now sit.
   */
  async #change(
    record: DocumentRecord,
    decide: (current: BreakoutRun | null, doc: Y.Doc) => BreakoutRun | null,
  ): Promise<BreakoutRun | null> {
    const outcome: { run?: BreakoutRun | null; error?: Error } = {}
    await this.#content.change(record.id, (doc) => {
      // A refused change writes nothing and is rethrown below.
      try {
        const next = decide(readBreakoutRun(doc), doc)
        if (next !== null) writeBreakoutRun(doc, next)
        outcome.run = next
      } catch (error) {
        outcome.error = error instanceof Error ? error : new Error(String(error))
      }
    })
    if (outcome.error !== undefined) throw outcome.error
    const run = outcome.run ?? null
    if (run === null) return null
    // The change is broadcast at the end of this event-loop turn: re-check the connections after
    // it, so a participant receives where they sit before their connection is closed to reconnect.
    await new Promise<void>((resolve) => {
      setImmediate(resolve)
    })
    await this.#accessEvents.publish({ kind: 'document', documentId: record.id })
    return run
  }

  #scheduleEnd(record: DocumentRecord, run: BreakoutRun): void {
    this.#cancelEnd(record.id)
    if (run.endsAt === undefined) return
    const delay = Math.min(Math.max(0, Date.parse(run.endsAt) - this.#timers.now()), MAX_TIMER_MS)
    const handle = this.#timers.setTimeout(() => {
      this.#endTimers.delete(record.id)
      // Nobody awaits a timer: a failure leaves the groups to the facilitator's « Retour en plénière ».
      this.#endRun(record, run.runId).catch(() => undefined)
    }, delay)
    this.#endTimers.set(record.id, handle)
  }

  #cancelEnd(atelierId: string): void {
    const handle = this.#endTimers.get(atelierId)
    if (handle === undefined) return
    this.#timers.clearTimeout(handle)
    this.#endTimers.delete(atelierId)
  }

  async #seatHolders(atelierId: string): Promise<Set<string>> {
    const registrations = await this.#store.ateliers.listRegistrations(atelierId)
    return new Set(
      registrations.filter((entry) => entry.status === 'inscrit').map((entry) => entry.accountId),
    )
  }

  async #participants(
    record: DocumentRecord,
    run: BreakoutRun | null,
  ): Promise<AtelierBreakoutParticipantView[]> {
    const [seatHolders, connected] = await Promise.all([
      this.#seatHolders(record.id),
      this.#presence.connectedAccounts(record.id),
    ])
    const running = run?.state === 'en-cours' ? run : null
    const placed = running === null ? [] : running.groups.flatMap((group) => group.memberIds)
    const ids = [...new Set([...connected, ...placed])].filter((id) => seatHolders.has(id))
    const accounts = await Promise.all(ids.map((id) => this.#store.findAccountById(id)))
    return accounts
      .filter((account) => account !== null)
      .map((account) => {
        const group = running === null ? null : groupNumberOf(running, account.id)
        return {
          accountId: account.id,
          name: account.name,
          organisation: account.organisation,
          connected: connected.has(account.id),
          ...(group === null ? {} : { group }),
        }
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
  }
}
