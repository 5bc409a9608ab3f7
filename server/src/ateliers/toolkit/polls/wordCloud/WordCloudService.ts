import { randomUUID } from 'node:crypto'
import type { AtelierWordCloudView, AtelierWordsView } from '@maillage/protocol'
import type { Actor } from '../../../../auth/Actor.ts'
import type { DocumentContent } from '../../../../documents/DocumentContent.ts'
import { AppError, ErrorCode } from '../../../../errors/AppError.ts'
import type { MetadataStore } from '../../../../persistence/MetadataStore.ts'
import { AuditAction } from '../../../../persistence/records/AuditEntry.ts'
import {
  MAX_WORD_MODERATIONS,
  type AtelierPoll,
} from '../../../../persistence/records/AtelierPoll.ts'
import type { DocumentRecord } from '../../../../persistence/records/DocumentRecord.ts'
import { isoTime } from '../../../../time/isoTime.ts'
import type { Timers } from '../../../../time/Timers.ts'
import type { CoalescedRefresh } from '../CoalescedRefresh.ts'
import { liveCloudView, writeLiveCloud } from '../livePolls.ts'
import { loadFacilitatedAtelier, loadParticipatedAtelier, loadPoll } from '../pollAccess.ts'
import type { WordModerationInput } from '../pollInput.ts'
import { POLL_MESSAGES } from '../pollMessages.ts'
import { tallyWords, type CountedWord } from './tallyWords.ts'

/** Most word clouds of one atelier. */
export const MAX_CLOUDS_PER_ATELIER = 10

/**
 * The word clouds of an atelier's live session: a facilitator opens one with
 * a prompt; each seat holder or facilitator sends one to three words through the API (one
 * submission per person, replaced while the cloud is open); the words are counted normalised
 * (`normaliseWord`) and shown live, without names, in the atelier's `wordClouds` root; the
 * facilitator merges two words or hides one (audited). Hidden words never reach the Y.Doc.
 */
export class WordCloudService {
  readonly #store: MetadataStore
  readonly #content: DocumentContent
  readonly #timers: Timers
  readonly #refresh: CoalescedRefresh

  constructor(options: {
    store: MetadataStore
    content: DocumentContent
    timers: Timers
    refresh: CoalescedRefresh
  }) {
    this.#store = options.store
    this.#content = options.content
    this.#timers = options.timers
    this.#refresh = options.refresh
  }

  /** The atelier's word clouds, oldest first, for its facilitators. */
  async list(actor: Actor, atelierId: string): Promise<AtelierWordCloudView[]> {
    const atelier = await loadFacilitatedAtelier(this.#store, actor, atelierId)
    const clouds = await this.#cloudsOf(atelier)
    return await Promise.all(clouds.map((cloud) => this.#view(cloud)))
  }

  /** Opens a new word cloud: participants see its prompt at once. */
  async open(actor: Actor, atelierId: string, prompt: string): Promise<AtelierWordCloudView> {
    const atelier = await loadFacilitatedAtelier(this.#store, actor, atelierId)
    const clouds = await this.#cloudsOf(atelier)
    if (clouds.length >= MAX_CLOUDS_PER_ATELIER) {
      throw new AppError(ErrorCode.Conflict, POLL_MESSAGES.tooManyClouds)
    }
    const now = isoTime(this.#timers)
    const cloud: AtelierPoll = {
      id: randomUUID(),
      atelierId: atelier.id,
      kind: 'word-cloud',
      question: prompt,
      options: [],
      anonymous: true,
      position: clouds.length,
      state: 'open',
      revealed: true,
      launchedAt: now,
      hiddenWords: [],
      merges: [],
      createdAt: now,
      createdBy: actor.account.id,
    }
    await this.#store.atelierPolls.createPoll(cloud)
    await this.#publish(atelier, cloud.id)
    return await this.#view(cloud)
  }

  /** Closes the cloud (words no longer change) or opens it again. */
  async act(
    actor: Actor,
    atelierId: string,
    cloudId: string,
    action: 'cloturer' | 'rouvrir',
  ): Promise<AtelierWordCloudView> {
    const atelier = await loadFacilitatedAtelier(this.#store, actor, atelierId)
    const cloud = await loadPoll(this.#store, atelier, cloudId, true)
    const updated = await this.#store.atelierPolls.updatePoll(
      cloud.id,
      action === 'cloturer'
        ? { state: 'closed', closedAt: isoTime(this.#timers) }
        : { state: 'open' },
    )
    await this.#publish(atelier, cloud.id)
    return await this.#view(updated ?? cloud)
  }

  /** Deletes the cloud and its words; participants no longer see it. */
  async remove(actor: Actor, atelierId: string, cloudId: string): Promise<void> {
    const atelier = await loadFacilitatedAtelier(this.#store, actor, atelierId)
    const cloud = await loadPoll(this.#store, atelier, cloudId, true)
    await this.#store.atelierPolls.deletePoll(cloud.id)
    await this.#publish(atelier, cloud.id)
  }

  /** Merges a word into another, hides one or shows it again (audited). */
  async moderate(
    actor: Actor,
    atelierId: string,
    cloudId: string,
    input: WordModerationInput,
  ): Promise<AtelierWordCloudView> {
    const atelier = await loadFacilitatedAtelier(this.#store, actor, atelierId)
    const cloud = await loadPoll(this.#store, atelier, cloudId, true)
    const { words, hidden } = await this.#tally(cloud)
    const known = new Set([...words, ...hidden].map((word) => word.key))
    const hiddenWords = cloud.hiddenWords ?? []
    const merges = cloud.merges ?? []
    let patch: Partial<AtelierPoll>
    if (input.action === 'fusionner') {
      if (input.from === input.into) throw new AppError(ErrorCode.Conflict, POLL_MESSAGES.sameWord)
      if (!known.has(input.from) || !known.has(input.into)) {
        throw new AppError(ErrorCode.NotFound, POLL_MESSAGES.unknownWord)
      }
      patch = { merges: [...merges, { from: input.from, into: input.into }] }
    } else if (input.action === 'masquer') {
      if (!known.has(input.word)) throw new AppError(ErrorCode.NotFound, POLL_MESSAGES.unknownWord)
      patch = { hiddenWords: [...new Set([...hiddenWords, input.word])] }
    } else {
      patch = { hiddenWords: hiddenWords.filter((word) => word !== input.word) }
    }
    if ((patch.merges?.length ?? 0) > MAX_WORD_MODERATIONS) {
      throw new AppError(ErrorCode.Conflict, POLL_MESSAGES.moderationFull)
    }
    const updated = (await this.#store.atelierPolls.updatePoll(cloud.id, patch)) ?? cloud
    await this.#store.appendAudit({
      at: isoTime(this.#timers),
      action: AuditAction.AtelierWordModerated,
      actorId: actor.account.id,
      target: atelier.id,
      details: {
        cloudId: cloud.id,
        action: input.action,
        ...(input.action === 'fusionner'
          ? { from: input.from, into: input.into }
          : { word: input.word }),
      },
    })
    await this.#publish(atelier, cloud.id)
    return await this.#view(updated)
  }

  /** Records `actor`'s words (replacing theirs) while the cloud is open; no name is kept shown. */
  async send(
    actor: Actor,
    atelierId: string,
    cloudId: string,
    words: readonly string[],
  ): Promise<AtelierWordsView> {
    const atelier = await loadParticipatedAtelier(this.#store, actor, atelierId)
    const cloud = await loadPoll(this.#store, atelier, cloudId, true)
    if (cloud.state !== 'open') throw new AppError(ErrorCode.Conflict, POLL_MESSAGES.cloudNotOpen)
    await this.#store.atelierPolls.saveWordEntry({
      cloudId: cloud.id,
      atelierId: atelier.id,
      accountId: actor.account.id,
      words: [...words],
      sentAt: isoTime(this.#timers),
    })
    this.#refresh.soon(cloud.id, () => this.#write(atelier, cloud.id))
    return { words: [...words] }
  }

  /** `actor`'s own words sent to the cloud, null before sending. */
  async own(actor: Actor, atelierId: string, cloudId: string): Promise<AtelierWordsView> {
    const atelier = await loadParticipatedAtelier(this.#store, actor, atelierId)
    const cloud = await loadPoll(this.#store, atelier, cloudId, true)
    const entry = await this.#store.atelierPolls.findWordEntry(cloud.id, actor.account.id)
    return { words: entry?.words ?? null }
  }

  /** The atelier's clouds with their shown words, for the compte rendu (hidden words left out). */
  async wordsForCompteRendu(
    atelierId: string,
  ): Promise<{ prompt: string; words: CountedWord[] }[]> {
    const clouds = (await this.#store.atelierPolls.listPollsOf(atelierId)).filter(
      (poll) => poll.kind === 'word-cloud',
    )
    return await Promise.all(
      clouds.map(async (cloud) => ({
        prompt: cloud.question,
        words: (await this.#tally(cloud)).words,
      })),
    )
  }

  async #cloudsOf(atelier: DocumentRecord): Promise<AtelierPoll[]> {
    return (await this.#store.atelierPolls.listPollsOf(atelier.id)).filter(
      (poll) => poll.kind === 'word-cloud',
    )
  }

  async #tally(cloud: AtelierPoll): Promise<ReturnType<typeof tallyWords> & { count: number }> {
    const entries = await this.#store.atelierPolls.listWordEntriesOf(cloud.id)
    const tally = tallyWords(
      entries.map((entry) => entry.words),
      { hiddenWords: cloud.hiddenWords ?? [], merges: cloud.merges ?? [] },
    )
    return { ...tally, count: entries.length }
  }

  #publish(atelier: DocumentRecord, cloudId: string): Promise<void> {
    return this.#refresh.now(cloudId, () => this.#write(atelier, cloudId))
  }

  async #write(atelier: DocumentRecord, cloudId: string): Promise<void> {
    const cloud = await this.#store.atelierPolls.findPoll(cloudId)
    let view = null
    if (cloud !== null) {
      const { words, count } = await this.#tally(cloud)
      view = liveCloudView(cloud, words, count)
    }
    await this.#content.change(atelier.id, (doc) => {
      writeLiveCloud(doc, cloudId, view)
    })
  }

  async #view(cloud: AtelierPoll): Promise<AtelierWordCloudView> {
    const { words, hidden, count } = await this.#tally(cloud)
    return {
      id: cloud.id,
      prompt: cloud.question,
      state: cloud.state === 'closed' ? 'closed' : 'open',
      launchedAt: cloud.launchedAt ?? cloud.createdAt,
      submissionCount: count,
      words,
      hidden,
      merges: cloud.merges ?? [],
    }
  }
}
