import type { Logger } from 'pino'
import { AccountRateLimit } from '../auth/AccountRateLimit.ts'
import type { Coordination } from '../coordination/Coordination.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import type { DocumentIndexer } from '../documents/DocumentIndexer.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { Timers } from '../time/Timers.ts'
import { EditingSessions } from './EditingSessions.ts'
import { VersionHistory } from './VersionHistory.ts'
import { VersionRecorder } from './VersionRecorder.ts'
import type { VersionStore } from './VersionStore.ts'
import { versionTexts } from './versionTexts.ts'

/** Named versions a person may make per minute. */
export const NAMED_VERSIONS_PER_MINUTE = 10

/** The version history and the editing sessions that feed it. */
export interface VersionServices {
  readonly history: VersionHistory
  /** Fed by the rooms (`createVersioningExtension`); closed by `createServer` after the rooms. */
  readonly sessions: EditingSessions
}

/** Builds the version services once (called by `createServices`). */
export function createVersionServices(options: {
  store: VersionStore
  metadata: MetadataStore
  content: DocumentContent
  indexer: DocumentIndexer
  coordination: Coordination
  timers: Timers
  logger: Logger
}): VersionServices {
  const { store, metadata, content, timers } = options
  const recorder = new VersionRecorder({
    store,
    content,
    locks: options.coordination.locks('versions'),
    timers,
  })
  const sessions = new EditingSessions({
    recorder,
    store,
    metadata,
    timers,
    logger: options.logger,
  })
  const history = new VersionHistory({
    metadata,
    content,
    store,
    recorder,
    sessions,
    indexer: options.indexer,
    timers,
    namingRateLimit: new AccountRateLimit({
      limits: { perAccount: NAMED_VERSIONS_PER_MINUTE, windowMs: 60_000 },
      timers,
      tooFast: versionTexts.tooFast,
      windows: options.coordination.windows('named-versions'),
    }),
  })
  return { history, sessions }
}
