/**
 * The marked edits every client sends: `[c<client>.<sequence>@<send time>]`, where the send time is
 * {@link now} in milliseconds with three decimals. Receivers find every mark in what arrives and
 * subtract the send time from their own clock to get the latency.
 */
export interface Stamp {
  readonly clientId: number
  readonly sequence: number
  readonly sentAt: number
}

const STAMP_PATTERN = /\[c(\d+)\.(\d+)@(\d+\.\d+)\]/g

/** Writes the mark of one edit. */
export function writeStamp(stamp: Stamp): string {
  return `[c${stamp.clientId}.${stamp.sequence}@${stamp.sentAt.toFixed(3)}]`
}

/** Calls `onStamp` for every mark found in `text`, in order. */
export function readStamps(text: string, onStamp: (stamp: Stamp) => void): void {
  for (const match of text.matchAll(STAMP_PATTERN)) {
    onStamp({
      clientId: Number(match[1]),
      sequence: Number(match[2]),
      sentAt: Number(match[3]),
    })
  }
}
