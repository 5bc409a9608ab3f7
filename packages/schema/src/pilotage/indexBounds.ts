// Helpers that keep what the index stores within the bounds of `pilotageIndexSchema`.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/u

/** `text` cut to at most `maxLength` UTF-16 units, never splitting a surrogate pair. */
export function boundedText(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text
  const last = text.charCodeAt(maxLength - 1)
  const splitsPair = last >= 0xd800 && last <= 0xdbff
  return text.slice(0, splitsPair ? maxLength - 1 : maxLength)
}

/**
 * Tells whether `text` is a real calendar day written `YYYY-MM-DD`, as `z.iso.date()` of the
 * index requires (without its cost: the index reads every measurement at each save).
 */
export function isIsoDay(text: string): boolean {
  const match = ISO_DAY.exec(text)
  if (match === null) return false
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** `value` when it is a finite number, otherwise null. */
export function finiteOrNull(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null
}
