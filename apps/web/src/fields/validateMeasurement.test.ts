import { describe, expect, it } from 'vitest'
import { parseFrenchNumber, todayIsoDay, validateMeasurement } from './validateMeasurement.ts'

const TODAY = '2026-12-07'

describe('parseFrenchNumber', () => {
  it('reads decimal commas, points and thousands separated by spaces', () => {
    expect(parseFrenchNumber('12,5')).toBe(12.5)
    expect(parseFrenchNumber('12.5')).toBe(12.5)
    expect(parseFrenchNumber('1\u202f200')).toBe(1200)
    expect(parseFrenchNumber(' -3 ')).toBe(-3)
  })

  it('refuses what is not a number', () => {
    expect(parseFrenchNumber('douze')).toBeNull()
    expect(parseFrenchNumber('1,2,3')).toBeNull()
    expect(parseFrenchNumber('')).toBeNull()
    expect(parseFrenchNumber('1e400')).toBeNull()
  })
})

describe('validateMeasurement', () => {
  it('answers the body to send, without an empty comment', () => {
    expect(validateMeasurement({ date: TODAY, valeur: '23', commentaire: '  ' }, TODAY)).toEqual({
      input: { date: TODAY, valeur: 23 },
    })
    expect(
      validateMeasurement({ date: '2026-11-30', valeur: '4,5', commentaire: ' relevé ' }, TODAY),
    ).toEqual({ input: { date: '2026-11-30', valeur: 4.5, commentaire: 'relevé' } })
  })

  it('names each field that is missing or wrong', () => {
    const result = validateMeasurement({ date: '', valeur: '', commentaire: '' }, TODAY)
    expect(result).toEqual({
      errors: { date: 'Indiquez la date de la mesure.', valeur: 'Indiquez la valeur mesurée.' },
    })
  })

  it('refuses an impossible date, a date after today, a long comment', () => {
    const result = validateMeasurement(
      { date: '2026-02-30', valeur: 'beaucoup', commentaire: 'x'.repeat(301) },
      TODAY,
    )
    expect(Object.keys('errors' in result ? result.errors : {})).toEqual([
      'date',
      'valeur',
      'commentaire',
    ])
    const future = validateMeasurement({ date: '2026-12-08', valeur: '1', commentaire: '' }, TODAY)
    expect('errors' in future && future.errors.date).toBe(
      'Une mesure ne peut pas être datée après aujourd’hui.',
    )
  })
})

describe('todayIsoDay', () => {
  it('is the day in Paris', () => {
    expect(todayIsoDay(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01')
  })
})
