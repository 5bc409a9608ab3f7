import { randomUUID } from 'node:crypto'
import type {
  AtelierPollAnswerView,
  AtelierPollResultsView,
  AtelierPollView,
} from '@maillage/protocol'
import type { Actor } from '../../../auth/Actor.ts'
import type { DocumentContent } from '../../../documents/DocumentContent.ts'
import { AppError, ErrorCode } from '../../../errors/AppError.ts'
import type { MetadataStore } from '../../../persistence/MetadataStore.ts'
import type { AtelierPoll } from '../../../persistence/records/AtelierPoll.ts'
import type { AtelierPollAnswer } from '../../../persistence/records/AtelierPollAnswer.ts'
import type { DocumentRecord } from '../../../persistence/records/DocumentRecord.ts'
import { isoTime } from '../../../time/isoTime.ts'
import type { Timers } from '../../../time/Timers.ts'
import type { CoalescedRefresh } from './CoalescedRefresh.ts'
import { livePollView, writeLivePoll } from './livePolls.ts'
import { loadFacilitatedAtelier, loadParticipatedAtelier, loadPoll } from './pollAccess.ts'
import { answerOf, optionsOf } from './pollDefinition.ts'
import type { PollAction, PollAnswerInput, PollCreateInput, PollPatchInput } from './pollInput.ts'
import { POLL_MESSAGES } from './pollMessages.ts'
import { tallyPoll } from './tallyPoll.ts'

/** Most polls (quizzes included, word clouds apart) of one atelier. */
export const MAX_POLLS_PER_ATELIER = 30

/**
 * The polls and quizzes of an atelier's live session: prepared by its
 * facilitators, launched one at a time (launching one closes the one open), answered through the
 * API only — one answer per person, replaced while the poll is open — and shown live in the
 * atelier's `polls` root: the launched poll and its number of answers, its results once revealed.
 * The facilitators read the live distribution through {@link results}.
 */
export class AtelierPollService {
  readonly #store: MetadataStore
  readonly #content: DocumentContent
  readonly #timers: Timers
  readonly #refresh: CoalescedRefresh

  constructor(options: {
    store: MetadataStore
    content: DocumentContent
    timers: Timers
    /** Writes of the Y.Doc, coalesced per poll. */
    refresh: CoalescedRefresh
  }) {
    this.#store = options.store
    this.#content = options.content
    this.#timers = options.timers
    this.#refresh = options.refresh
  }

  /** The atelier's polls, in the facilitators' order, for its facilitators. */
  async list(actor: Actor, atelierId: string): Promise<AtelierPollView[]> {
    const atelier = await loadFacilitatedAtelier(this.#store, actor, atelierId)
    const polls = await this.#pollsOf(atelier)
    return await Promise.all(polls.map((poll) => this.#view(poll)))
  }

  async create(actor: Actor, atelierId: string, input: PollCreateInput): Promise<AtelierPollView> {
    const atelier = await loadFacilitatedAtelier(this.#store, actor, atelierId)
    const polls = await this.#pollsOf(atelier)
    if (polls.length >= MAX_POLLS_PER_ATELIER) {
      throw new AppError(ErrorCode.Conflict, POLL_MESSAGES.tooMany)
    }
    const poll: AtelierPoll = {
      id: randomUUID(),
      atelierId: atelier.id,
      kind: input.kind,
      question: input.question,
      options: optionsOf(input.kind, input.options ?? []),
      anonymous: input.anonymous,
      position: Math.max(-1, ...polls.map((found) => found.position)) + 1,
      state: 'draft',
      revealed: false,
      createdAt: isoTime(this.#timers),
      createdBy: actor.account.id,
    }
    await this.#store.atelierPolls.createPoll(poll)
    return await this.#view(poll)
  }

  /** Changes a poll's text while it was never launched; its place in the list at any time. */
  async update(
    actor: Actor,
    atelierId: string,
    pollId: string,
    patch: PollPatchInput,
  ): Promise<AtelierPollView> {
    const atelier = await loadFacilitatedAtelier(this.#store, actor, atelierId)
    const poll = await loadPoll(this.#store, atelier, pollId, false)
    const { position, ...definition } = patch
    const changesDefinition = Object.keys(definition).length > 0
    if (changesDefinition && poll.launchedAt !== undefined) {
      throw new AppError(ErrorCode.Conflict, POLL_MESSAGES.launched)
    }
    const kind = definition.kind ?? (poll.kind === 'word-cloud' ? 'open' : poll.kind)
    const options =
      definition.options !== undefined || definition.kind !== undefined
        ? optionsOf(kind, definition.options ?? poll.options)
        : poll.options
    const updated = await this.#store.atelierPolls.updatePoll(poll.id, {
      kind,
      options,
      ...(definition.question === undefined ? {} : { question: definition.question }),
      ...(definition.anonymous === undefined ? {} : { anonymous: definition.anonymous }),
      ...(position === undefined ? {} : { position }),
    })
    return await this.#view(updated ?? poll)
  }

  /** Deletes a poll with its answers; participants no longer see it. */
  async remove(actor: Actor, atelierId: string, pollId: string): Promise<void> {
    const atelier = await loadFacilitatedAtelier(this.#store, actor, atelierId)
    const poll = await loadPoll(this.#store, atelier, pollId, false)
    await this.#store.atelierPolls.deletePoll(poll.id)
    await this.#refresh.now(poll.id, () =>
      this.#content.change(atelier.id, (doc) => {
        writeLivePoll(doc, poll.id, null)
      }),
    )
  }

  /**
   * `lancer` opens the poll to answers (closing the one open: one poll at a time), `cloturer`
   * closes it, `reveler` shows its results to everyone, `masquer` hides them again.
   */
  async act(
    actor: Actor,
    atelierId: string,
    pollId: string,
    action: PollAction,
  ): Promise<AtelierPollView> {
    const atelier = await loadFacilitatedAtelier(this.#store, actor, atelierId)
    const poll = await loadPoll(this.#store, atelier, pollId, false)
    const now = isoTime(this.#timers)
    if (action === 'lancer') {
      for (const other of await this.#pollsOf(atelier)) {
        if (other.id === poll.id || other.state !== 'open') continue
        await this.#store.atelierPolls.updatePoll(other.id, { state: 'closed', closedAt: now })
        await this.#publish(atelier, other.id)
      }
    } else if (poll.launchedAt === undefined) {
      throw new AppError(ErrorCode.Conflict, POLL_MESSAGES.notLaunched)
    }
    const patch: Partial<AtelierPoll> =
      action === 'lancer'
        ? { state: 'open', launchedAt: poll.launchedAt ?? now }
        : action === 'cloturer'
          ? { state: 'closed', closedAt: now }
          : { revealed: action === 'reveler' }
    const updated = (await this.#store.atelierPolls.updatePoll(poll.id, patch)) ?? poll
    await this.#publish(atelier, poll.id)
    return await this.#view(updated)
  }

  /** The live distribution, for the facilitators, revealed or not (names for a named poll). */
  async results(actor: Actor, atelierId: string, pollId: string): Promise<AtelierPollResultsView> {
    const atelier = await loadFacilitatedAtelier(this.#store, actor, atelierId)
    const poll = await loadPoll(this.#store, atelier, pollId, false)
    return await this.#tally(poll)
  }

  /**
   * Records `actor`'s answer (replacing theirs) while the poll is open; the account is always the
   * session's. The participants' view is refreshed soon (coalesced).
   */
  async answer(
    actor: Actor,
    atelierId: string,
    pollId: string,
    input: PollAnswerInput,
  ): Promise<AtelierPollAnswerView> {
    const atelier = await loadParticipatedAtelier(this.#store, actor, atelierId)
    const poll = await loadPoll(this.#store, atelier, pollId, false)
    if (poll.state !== 'open') throw new AppError(ErrorCode.Conflict, POLL_MESSAGES.notOpen)
    const given = answerOf(poll, input)
    const answer: AtelierPollAnswer = {
      pollId: poll.id,
      atelierId: atelier.id,
      accountId: actor.account.id,
      ...given,
      answeredAt: isoTime(this.#timers),
    }
    await this.#store.atelierPolls.saveAnswer(answer)
    this.#refresh.soon(poll.id, () => this.#write(atelier, poll.id))
    return { answer: given }
  }

  /** `actor`'s own answer to a launched poll, null before answering. */
  async ownAnswer(actor: Actor, atelierId: string, pollId: string): Promise<AtelierPollAnswerView> {
    const atelier = await loadParticipatedAtelier(this.#store, actor, atelierId)
    const poll = await loadPoll(this.#store, atelier, pollId, false)
    const found = await this.#store.atelierPolls.findAnswer(poll.id, actor.account.id)
    if (found === null) return { answer: null }
    const { choices, value, text } = found
    return {
      answer: {
        ...(choices === undefined ? {} : { choices }),
        ...(value === undefined ? {} : { value }),
        ...(text === undefined ? {} : { text }),
      },
    }
  }

  /** The launched polls of an atelier with their results, for the compte rendu (no names). */
  async resultsForCompteRendu(
    atelierId: string,
  ): Promise<{ poll: AtelierPoll; results: AtelierPollResultsView }[]> {
    const polls = (await this.#store.atelierPolls.listPollsOf(atelierId))
      .filter((poll) => poll.kind !== 'word-cloud' && poll.launchedAt !== undefined)
      .sort(byPosition)
    return await Promise.all(
      polls.map(async (poll) => ({
        poll,
        results: tallyPoll(poll, await this.#store.atelierPolls.listAnswersOf(poll.id)),
      })),
    )
  }

  async #pollsOf(atelier: DocumentRecord): Promise<AtelierPoll[]> {
    return (await this.#store.atelierPolls.listPollsOf(atelier.id))
      .filter((poll) => poll.kind !== 'word-cloud')
      .sort(byPosition)
  }

  /** Writes the poll's participant view now, after the writes of it already under way. */
  #publish(atelier: DocumentRecord, pollId: string): Promise<void> {
    return this.#refresh.now(pollId, () => this.#write(atelier, pollId))
  }

  /** Writes the poll's participant view from the store as it is now. */
  async #write(atelier: DocumentRecord, pollId: string): Promise<void> {
    const poll = await this.#store.atelierPolls.findPoll(pollId)
    // Names are looked up only for results shown: before, participants see a count.
    const results =
      poll === null
        ? null
        : poll.revealed
          ? await this.#tally(poll)
          : tallyPoll(poll, await this.#store.atelierPolls.listAnswersOf(poll.id))
    const view = poll === null || results === null ? null : livePollView(poll, results)
    await this.#content.change(atelier.id, (doc) => {
      writeLivePoll(doc, pollId, view)
    })
  }

  /** The poll's results, with the names of the people who answered a named poll. */
  async #tally(poll: AtelierPoll): Promise<AtelierPollResultsView> {
    const answers = await this.#store.atelierPolls.listAnswersOf(poll.id)
    if (poll.anonymous) return tallyPoll(poll, answers)
    const accounts = await Promise.all(
      answers.map((answer) => this.#store.findAccountById(answer.accountId)),
    )
    const names = new Map(
      accounts.filter((account) => account !== null).map((account) => [account.id, account.name]),
    )
    return tallyPoll(poll, answers, names)
  }

  async #view(poll: AtelierPoll): Promise<AtelierPollView> {
    const answers = await this.#store.atelierPolls.listAnswersOf(poll.id)
    return {
      id: poll.id,
      kind: poll.kind === 'word-cloud' ? 'open' : poll.kind,
      question: poll.question,
      options: poll.options,
      anonymous: poll.anonymous,
      position: poll.position,
      state: poll.state,
      revealed: poll.revealed,
      ...(poll.launchedAt === undefined ? {} : { launchedAt: poll.launchedAt }),
      ...(poll.closedAt === undefined ? {} : { closedAt: poll.closedAt }),
      answerCount: answers.length,
    }
  }
}

/** The facilitators' order: by position, then by creation. */
export function byPosition(a: AtelierPoll, b: AtelierPoll): number {
  return a.position - b.position || a.createdAt.localeCompare(b.createdAt)
}
