import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { lazyCollator, lazyDateTimeFormat } from './lazyIntl.ts'

// Counts what `Intl` builds, by standing subclasses of its constructors in for them.
const { DateTimeFormat, Collator } = Intl
let built = { formats: 0, collators: 0 }

beforeEach(() => {
  built = { formats: 0, collators: 0 }
  Intl.DateTimeFormat = class extends DateTimeFormat {
    constructor(...args: ConstructorParameters<typeof DateTimeFormat>) {
      super(...args)
      built.formats += 1
    }
  } as typeof DateTimeFormat
  Intl.Collator = class extends Collator {
    constructor(...args: ConstructorParameters<typeof Collator>) {
      super(...args)
      built.collators += 1
    }
  } as typeof Collator
})

afterEach(() => {
  Intl.DateTimeFormat = DateTimeFormat
  Intl.Collator = Collator
})

describe('lazyIntl', () => {
  it('builds its date format at the first use only, then formats as Intl does', () => {
    const day = lazyDateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' })
    expect(built.formats).toBe(0)
    const { format } = day
    const instant = Date.UTC(2026, 2, 14, 23, 30)
    expect(format(instant)).toBe('15 mars 2026')
    expect(
      day
        .formatToParts(instant)
        .map((part) => part.value)
        .join(''),
    ).toBe('15 mars 2026')
    expect(built.formats).toBe(1)
  })

  it('builds its collator at the first comparison only', () => {
    const names = lazyCollator('fr', { sensitivity: 'base', numeric: true })
    expect(built.collators).toBe(0)
    expect(['Étaples', 'Arras 10', 'Arras 9'].sort(names.compare)).toEqual([
      'Arras 9',
      'Arras 10',
      'Étaples',
    ])
    expect(built.collators).toBe(1)
  })
})
