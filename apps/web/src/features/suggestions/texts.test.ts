import { afterEach, describe, expect, it, vi } from 'vitest'
import type * as SuggestionTexts from './texts.ts'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('formatSuggestionTime', () => {
  it('makes no Intl formatter when the module is evaluated, only at its first use', async () => {
    const DateTimeFormat = Intl.DateTimeFormat
    let made = 0
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function counted(locales, options) {
      made++
      return new DateTimeFormat(locales, options)
    })
    // A fresh instance of the module: the query makes it another module for Vite (a literal with
    // a query would not type-check).
    const fresh = './texts.ts?evaluated-alone'
    const { formatSuggestionTime } = (await import(fresh)) as typeof SuggestionTexts
    expect(made).toBe(0)
    expect(formatSuggestionTime('2026-12-07T09:02:00Z')).toBe('le 7 décembre à 10:02')
    expect(formatSuggestionTime('2026-07-02T12:00:00Z')).toBe('le 2 juillet à 14:00')
    expect(made).toBe(1)
  })
})
