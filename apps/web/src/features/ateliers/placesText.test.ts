import { describe, expect, it } from 'vitest'
import { placesText } from './placesText.ts'
import { atelierTexts } from './texts.ts'

describe('the seats of an atelier, in French', () => {
  it('agrees « place restante » with the count', () => {
    expect(placesText({ capacity: 12, registeredCount: 11 })).toBe('1 place restante')
    expect(placesText({ capacity: 12, registeredCount: 0 })).toBe('12 places restantes')
    expect(placesText({ capacity: 12, registeredCount: 12 })).toBe(atelierTexts.full)
    expect(placesText({ capacity: 0, registeredCount: 40 })).toBe(atelierTexts.unlimited)
  })

  it('counts the registered in the singular up to one', () => {
    expect(atelierTexts.registeredCount(0)).toBe('0 inscrit')
    expect(atelierTexts.registeredCount(1)).toBe('1 inscrit')
    expect(atelierTexts.registeredCount(2)).toBe('2 inscrits')
    expect(atelierTexts.count(0)).toBe('0 atelier')
  })
})
