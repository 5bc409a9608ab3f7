import type { Logger } from 'pino'
import type { DocumentId } from '@maillage/protocol'
import { encodeEnvelope } from './encodeEnvelope.ts'
import type { FanoutEnvelope } from './FanoutEnvelope.ts'
import type { RedisPubSub } from './RedisPubSub.ts'

/** What {@link FanoutPublisher} needs. */
export interface FanoutPublisherOptions {
  readonly pubSub: RedisPubSub
  readonly logger: Logger
  /**
   * Largest payload published (an update, a state vector…); the envelope may add
   * {@link ENVELOPE_HEADER_ALLOWANCE_BYTES} of header. A larger one is logged and dropped.
   */
  readonly maxFrameBytes: number
  /**
   * Called after a publish succeeds, with the documents whose updates could not be published since
   * the last call (Redis unreachable, or over the frame limit), so their owner can announce them.
   */
  readonly onBacklog: (documentIds: DocumentId[]) => void
}

/**
 * Most bytes the owner entries of one envelope take (`ClientIdOwnerEntry`); the publisher leaves
 * out the entries beyond (those ids are then claimed by whoever writes first, as after a restart).
 */
export const ENVELOPE_OWNERS_MAX_BYTES = 64 * 1024

/**
 * Room for the header of an envelope beyond its payload: type, sender id (64 characters at most),
 * document id (128), request id, lengths (1 KiB), and its owner entries
 * ({@link ENVELOPE_OWNERS_MAX_BYTES}). So a client frame of `maxFrameBytes` still crosses.
 */
export const ENVELOPE_HEADER_ALLOWANCE_BYTES = 1024 + ENVELOPE_OWNERS_MAX_BYTES

/**
 * Publishes fan-out envelopes, never throwing into its caller: an envelope over the frame limit is
 * logged and dropped, a publish Redis refuses is logged once per outage and counted.
 */
export class FanoutPublisher {
  readonly #pubSub: RedisPubSub
  readonly #logger: Logger
  readonly #maxFrameBytes: number
  readonly #onBacklog: (documentIds: DocumentId[]) => void
  /** Documents with an update that did not reach Redis. */
  readonly #backlog = new Set<DocumentId>()
  #failures = 0

  constructor(options: FanoutPublisherOptions) {
    this.#pubSub = options.pubSub
    this.#logger = options.logger
    this.#maxFrameBytes = options.maxFrameBytes
    this.#onBacklog = options.onBacklog
  }

  /**
   * Publishes `envelope` on `channel`; resolves with the number of connections that received it
   * (this process's own included when it listens there), or null when it was not published.
   */
  async publish(channel: string, envelope: FanoutEnvelope): Promise<number | null> {
    const bytes = encodeEnvelope(envelope)
    if (bytes.length > this.#maxFrameBytes + ENVELOPE_HEADER_ALLOWANCE_BYTES) {
      this.#logger.warn(
        { documentId: envelope.documentId, type: envelope.type, bytes: bytes.length },
        'fan-out message over the frame limit; not published (other processes get it at their next sync)',
      )
      if (envelope.type === 'update') this.#backlog.add(envelope.documentId)
      return null
    }
    try {
      const receivers = await this.#pubSub.publish(channel, bytes)
      this.#noteSuccess()
      return receivers
    } catch (error) {
      // Once per outage: every keystroke of every room fails the same way meanwhile.
      if (this.#failures === 0) {
        this.#logger.error({ err: error }, 'fan-out cannot publish; serving this process alone')
      }
      this.#failures++
      if (envelope.type === 'update') this.#backlog.add(envelope.documentId)
      return null
    }
  }

  /** Forgets the documents whose updates were not published (their rooms are synced anew). */
  clearBacklog(): void {
    this.#backlog.clear()
  }

  /** Forgets one document (its room unloaded). */
  forget(documentId: DocumentId): void {
    this.#backlog.delete(documentId)
  }

  #noteSuccess(): void {
    if (this.#failures > 0) {
      this.#logger.info({ failed: this.#failures }, 'fan-out publishing again')
      this.#failures = 0
    }
    if (this.#backlog.size === 0) return
    const documentIds = [...this.#backlog]
    this.#backlog.clear()
    this.#onBacklog(documentIds)
  }
}
