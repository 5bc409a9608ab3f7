/**
 * One measure of the server's clock: the client's clock when the request left (`sentAt`) and when
 * the answer arrived (`receivedAt`), and the server's clock it answered (`serverNow`). All epoch
 * milliseconds.
 */
export interface ClockSample {
  readonly sentAt: number
  readonly serverNow: number
  readonly receivedAt: number
}

/**
 * How far the server's clock is ahead of the client's (ms; negative when behind), from a few
 * samples, as NTP does: each sample assumes the server answered halfway through its round trip,
 * and the sample of the shortest round trip is kept, its error being at most half that trip.
 * Samples whose answer came before their request (a clock moved meanwhile) are ignored. Returns
 * null without a usable sample.
 */
export function estimateClockOffset(samples: readonly ClockSample[]): number | null {
  let best: { roundTrip: number; offset: number } | null = null
  for (const sample of samples) {
    const roundTrip = sample.receivedAt - sample.sentAt
    if (!Number.isFinite(roundTrip) || roundTrip < 0 || !Number.isFinite(sample.serverNow)) continue
    const offset = sample.serverNow - (sample.sentAt + roundTrip / 2)
    if (best === null || roundTrip < best.roundTrip) best = { roundTrip, offset }
  }
  return best === null ? null : Math.round(best.offset)
}

/** The server's clock now, from the client's clock `clientNow` and the measured `offset`. */
export function serverNowOf(clientNow: number, offset: number): number {
  return clientNow + offset
}
