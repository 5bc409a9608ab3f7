import { describe, expect, it } from 'vitest'
import { validateAtelierForm, type AtelierFormInput } from './validateAtelierForm.ts'

const VALID: AtelierFormInput = {
  title: '  Filières REV3 : quels métiers demain ?  ',
  date: '2026-07-02',
  time: '14:00',
  duration: '90',
  format: 'webinaire',
  theme: 'filieres-rev3',
  intervenants: ' C2RP ',
  visioLink: 'https://visio.example.fr/rev3',
  capacity: '0',
}
// 2026-07-02 13:59 in Paris (CEST, UTC+2).
const BEFORE = new Date('2026-07-02T11:59:00Z')

describe('validateAtelierForm', () => {
  it('gives the body to send, trimmed, with numbers for the duration and the seats', () => {
    expect(validateAtelierForm(VALID, BEFORE)).toEqual({
      body: {
        title: 'Filières REV3 : quels métiers demain ?',
        date: '2026-07-02',
        time: '14:00',
        durationMinutes: 90,
        format: 'webinaire',
        theme: 'filieres-rev3',
        intervenants: 'C2RP',
        visioLink: 'https://visio.example.fr/rev3',
        capacity: 0,
      },
    })
  })

  it('compares the date and time with the time in Paris, not in the browser’s zone', () => {
    // 12:00 UTC is 14:00 in Paris: an atelier at 14:00 is no longer to come.
    const result = validateAtelierForm(VALID, new Date('2026-07-02T12:00:00Z'))
    expect(result.errors).toEqual({ date: 'Choisissez une date et une heure à venir.' })
  })

  it('names each invalid field with its message, keyed as in the body', () => {
    const result = validateAtelierForm(
      {
        title: ' ',
        date: '2026-07-03',
        time: '25:00',
        duration: '0',
        format: 'presentiel',
        theme: '',
        intervenants: '',
        visioLink: 'http://visio.example.fr',
        capacity: '-1',
      },
      BEFORE,
    )
    expect(Object.keys(result.errors ?? {}).sort()).toEqual([
      'capacity',
      'durationMinutes',
      'format',
      'theme',
      'time',
      'title',
      'visioLink',
    ])
  })

  it('accepts an atelier without a visio link yet', () => {
    expect(validateAtelierForm({ ...VALID, visioLink: '' }, BEFORE).body?.visioLink).toBe('')
  })
})
