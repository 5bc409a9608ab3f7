import { now, sleep } from '../clock.ts'

/**
 * Waits after a load stopped until nothing has arrived for `quietMs` (`lastArrivalAt()` is the
 * clock time of the latest arrival), or `maxDrainMs` at most, so late deliveries are counted.
 */
export async function drainUntilQuiet(
  lastArrivalAt: () => number,
  options: { quietMs: number; maxDrainMs: number },
): Promise<void> {
  const deadline = now() + options.maxDrainMs
  while (now() < deadline && now() - lastArrivalAt() < options.quietMs) await sleep(50)
}
