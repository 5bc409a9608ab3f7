// Formatters and collators of `Intl` built at their first use. Building one reads ICU's locale
// and time-zone data (pages of the Node binary that then count in the process's memory) and
// allocates its ICU objects: a module that keeps one in a constant would pay that at start, for
// a feature that may never be used in the process's life.

/** The part of an `Intl.DateTimeFormat` that Maillage uses; `format` may be passed on unbound. */
export interface LazyDateTimeFormat {
  readonly format: (date?: Date | number) => string
  readonly formatToParts: (date?: Date | number) => Intl.DateTimeFormatPart[]
}

/** An `Intl.DateTimeFormat` of `locale` and `options`, built at the first call of either method. */
export function lazyDateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): LazyDateTimeFormat {
  let built: Intl.DateTimeFormat | undefined
  const format = (): Intl.DateTimeFormat => (built ??= new Intl.DateTimeFormat(locale, options))
  return {
    format: (date) => format().format(date),
    formatToParts: (date) => format().formatToParts(date),
  }
}

/** The part of an `Intl.Collator` that Maillage uses; `compare` may be passed on unbound. */
export interface LazyCollator {
  readonly compare: (a: string, b: string) => number
}

/** An `Intl.Collator` of `locale` and `options`, built at the first comparison. */
export function lazyCollator(locale: string, options: Intl.CollatorOptions): LazyCollator {
  let built: Intl.Collator | undefined
  return {
    compare: (a, b) => (built ??= new Intl.Collator(locale, options)).compare(a, b),
  }
}
