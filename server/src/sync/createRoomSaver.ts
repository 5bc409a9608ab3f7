import { DocumentSaver, type DocumentSaverOptions } from '../persistence/DocumentSaver.ts'
import type { Metrics } from '../observability/Metrics.ts'

/** What {@link createRoomSaver} needs: the saver's options but the metrics it reports to. */
export type RoomSaverOptions = Omit<DocumentSaverOptions, 'onSaveAttempt'> & {
  readonly metrics: Metrics
}

/**
 * The {@link DocumentSaver} of a room: each save attempt observed in `metrics.saveDuration`
 * (seconds) and each failure counted in `metrics.saveFailures`. Only the saver's own options are
 * taken from `options`.
 */
export function createRoomSaver(options: RoomSaverOptions): DocumentSaver {
  const { metrics } = options
  return new DocumentSaver({
    id: options.id,
    store: options.store,
    timers: options.timers,
    logger: options.logger,
    encodeState: options.encodeState,
    saveDelayMs: options.saveDelayMs,
    compactAfterAppends: options.compactAfterAppends,
    retryDelayMs: options.retryDelayMs,
    onSaveAttempt: (seconds, succeeded) => {
      metrics.saveDuration.observe(seconds)
      if (!succeeded) metrics.saveFailures.inc()
    },
    onSaved: options.onSaved,
    onStored: options.onStored,
  })
}
