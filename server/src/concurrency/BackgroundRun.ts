/** Work running in the background, such as a start-up backfill. */
export interface BackgroundRun {
  /** Resolves once it ended, by itself or because {@link stop} was called. */
  readonly done: Promise<void>
  /** Asks it to start nothing new and resolves once what is under way has ended. */
  stop(): Promise<void>
}

/**
 * Starts `work` in the background, giving it `isStopped` to check between steps; a rejection is
 * handed to `onFailure` (to log it), so that {@link BackgroundRun.done} never rejects.
 */
export function startBackgroundRun(
  work: (isStopped: () => boolean) => Promise<void>,
  onFailure: (error: unknown) => void,
): BackgroundRun {
  let stopped = false
  const done = work(() => stopped).catch((error: unknown) => {
    onFailure(error)
  })
  return {
    done,
    stop() {
      stopped = true
      return done
    },
  }
}
