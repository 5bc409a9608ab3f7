import { describe, expect, it } from 'vitest'
import { measurementInputSchema } from './measurementInput.ts'
import { parisDay } from './parisDay.ts'

const schema = measurementInputSchema('2026-04-02')

describe('measurementInputSchema', () => {
  it('accepts a dated value, trims the comment and makes it empty when absent', () => {
    expect(schema.parse({ date: '2026-04-02', valeur: -3.5, commentaire: '  ok ' })).toEqual({
      date: '2026-04-02',
      valeur: -3.5,
      commentaire: 'ok',
    })
    expect(schema.parse({ date: '2000-01-01', valeur: 1e12 })).toMatchObject({ commentaire: '' })
  })

  it.each([
    [{ date: '2026-04-03', valeur: 1 }, 'date'],
    [{ date: '1999-12-31', valeur: 1 }, 'date'],
    [{ date: '2026-02-30', valeur: 1 }, 'date'],
    [{ date: 20260401, valeur: 1 }, 'date'],
    [{ date: '2026-04-01', valeur: 1.5e12 }, 'valeur'],
    [{ date: '2026-04-01', valeur: null }, 'valeur'],
    [{ date: '2026-04-01', valeur: 1, commentaire: 'é'.repeat(301) }, 'commentaire'],
    [{ date: '2026-04-01', valeur: 1, saisiePar: 'Quelqu’un' }, ''],
  ])('refuses %j', (input, path) => {
    const result = schema.safeParse(input)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path)
  })
})

describe('parisDay', () => {
  it('is the day in Europe/Paris, not in UTC', () => {
    // 23:30 UTC on 31 March is already 1 April in Paris (summer time, UTC+2).
    expect(parisDay(Date.parse('2026-03-31T23:30:00Z'))).toBe('2026-04-01')
    // Winter time (UTC+1): 1 January starts in Paris at 23:00 UTC on 31 December.
    expect(parisDay(Date.parse('2026-12-31T22:59:00Z'))).toBe('2026-12-31')
    expect(parisDay(Date.parse('2026-12-31T23:00:00Z'))).toBe('2027-01-01')
  })
})
