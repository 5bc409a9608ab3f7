import { createHash, randomUUID } from 'node:crypto'
import * as Y from 'yjs'
import type { DocumentId } from '@maillage/protocol'
import type { KeyedLock } from '../coordination/KeyedLock.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import { documentFingerprint } from '../persistence/documentFingerprint.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import type { VersionAuthor, VersionRecord } from './VersionRecord.ts'
import type { VersionStore } from './VersionStore.ts'

/** What a new version is: its kind, name, who makes it and who edited since the last one. */
export interface NewVersion {
  readonly kind: VersionRecord['kind']
  readonly name?: string
  readonly createdBy: string
  readonly authors: readonly VersionAuthor[]
}

/**
 * Writes versions of the current content of documents: reads the state through `DocumentContent`
 * (edits not yet saved included), fingerprints it and stores it with its record. Versions of one
 * document are written one at a time, in every process (`locks`, the coordination's `versions`
 * namespace), so that two processes ending sessions at once do not both record the same content.
 */
export class VersionRecorder {
  readonly #store: VersionStore
  readonly #content: DocumentContent
  readonly #locks: KeyedLock
  readonly #timers: Timers

  constructor(options: {
    store: VersionStore
    content: DocumentContent
    locks: KeyedLock
    timers: Timers
  }) {
    this.#store = options.store
    this.#content = options.content
    this.#locks = options.locks
    this.#timers = options.timers
  }

  /** Runs `task` holding the document's version lock (`record…` below must run inside it). */
  exclusively<T>(documentId: DocumentId, task: () => Promise<T>): Promise<T> {
    return this.#locks.run(documentId, task)
  }

  /**
   * Records the current content as a version, inside {@link exclusively}; when `onlyIfChanged`,
   * records nothing (null) if the newest version already holds this content.
   */
  async recordCurrent(
    documentId: DocumentId,
    version: NewVersion,
    onlyIfChanged: boolean,
  ): Promise<VersionRecord | null> {
    const state = await this.#content.read(documentId, (doc) => Y.encodeStateAsUpdate(doc))
    const fingerprint = fingerprintOf(state)
    if (onlyIfChanged) {
      const latest = await this.#store.latest(documentId)
      if (latest?.fingerprint === fingerprint) return null
    }
    const record: VersionRecord = {
      id: randomUUID(),
      documentId,
      kind: version.kind,
      ...(version.name === undefined ? {} : { name: version.name }),
      createdAt: isoTime(this.#timers),
      createdBy: version.createdBy,
      authors: [...version.authors],
      fingerprint,
    }
    await this.#store.add(record, state)
    return record
  }
}

/**
 * The SHA-256 of what a state holds (its items and deletions, however they are split), so two
 * versions of the same content have the same fingerprint.
 */
export function fingerprintOf(state: Uint8Array): string {
  return createHash('sha256')
    .update(documentFingerprint([state]))
    .digest('hex')
}
