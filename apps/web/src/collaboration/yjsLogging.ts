/**
 * What the web build gives Yjs where it imports `lib0/logging` (`vite.config.ts`): the names Yjs
 * uses, its style markers and `print` and `warn`, which write to the console as lib0's do, without
 * the colours. lib0's browser logging imports lib0's DOM helpers and, through them, its schema
 * library: some 3 kB gzipped downloaded with every document for a warning a person never reads.
 */

// Style markers: lib0 turns them into CSS; here they are left out of what is written.
export const BOLD = Symbol('bold')
export const UNBOLD = Symbol('unbold')
export const RED = Symbol('red')
export const ORANGE = Symbol('orange')

/** `args` as lib0 writes them: the leading texts joined in one, the style markers left out. */
export function toConsoleArguments(args: readonly unknown[]): unknown[] {
  const shown = args.filter((arg) => typeof arg !== 'symbol')
  const firstOther = shown.findIndex((arg) => typeof arg !== 'string' && typeof arg !== 'number')
  const textCount = firstOther === -1 ? shown.length : firstOther
  if (textCount === 0) return shown
  return [shown.slice(0, textCount).join(''), ...shown.slice(textCount)]
}

/** Writes `args` to the console (`console.log`). */
export function print(...args: unknown[]): void {
  console.log(...toConsoleArguments(args))
}

/** Writes `args` to the console as a warning (`console.warn`). */
export function warn(...args: unknown[]): void {
  console.warn(...toConsoleArguments(args))
}
