import { describe, expect, it } from 'vitest'
import { atelierTimeOf, httpsUrlOf } from './atelierValues.ts'

describe('atelierTimeOf', () => {
  it.each(['14:00', '09:30', '00:00', '23:59', ' 08:15 '])('reads %j as a time', (value) => {
    expect(atelierTimeOf(value)).toBe(value.trim())
  })

  it.each(['', '14h', '9:30', '24:00', '12:60', '14:00:00', 'midi'])(
    'reads %j as not set',
    (value) => {
      expect(atelierTimeOf(value)).toBe('')
    },
  )
})

describe('httpsUrlOf', () => {
  it('keeps an https address', () => {
    expect(httpsUrlOf(' https://visio.exemple.fr/salle?id=4 ')).toBe(
      'https://visio.exemple.fr/salle?id=4',
    )
  })

  it.each(['http://visio.exemple.fr', 'javascript:alert(1)', 'visio.exemple.fr', ''])(
    'refuses %j',
    (value) => {
      expect(httpsUrlOf(value)).toBe('')
    },
  )
})
