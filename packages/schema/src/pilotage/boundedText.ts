import { z } from 'zod'

const isoDaySchema = z.iso.date()

/** `text` cut to at most `maxLength` UTF-16 units, never splitting a surrogate pair. */
export function boundedText(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text
  const last = text.charCodeAt(maxLength - 1)
  const splitsPair = last >= 0xd800 && last <= 0xdbff
  return text.slice(0, splitsPair ? maxLength - 1 : maxLength)
}

/** Tells whether `text` is a real calendar day written `YYYY-MM-DD`, as the index requires. */
export function isIsoDay(text: string): boolean {
  return isoDaySchema.safeParse(text).success
}

/** `value` when it is a finite number, otherwise null. */
export function finiteOrNull(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null
}
