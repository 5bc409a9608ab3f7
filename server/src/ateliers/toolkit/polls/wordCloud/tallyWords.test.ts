import { describe, expect, it } from 'vitest'
import { normaliseWord, WORD_PATTERN } from './normaliseWord.ts'
import { mergedKey, tallyWords } from './tallyWords.ts'

const NONE = { hiddenWords: [], merges: [] }

describe('normaliseWord', () => {
  it('ignores case and accents, and a simple French plural', () => {
    expect(normaliseWord('Mobilité')).toBe('mobilite')
    expect(normaliseWord('MOBILITÉS')).toBe('mobilite')
    expect(normaliseWord('réseaux')).toBe('reseau')
    expect(normaliseWord('Réseau')).toBe('reseau')
    expect(normaliseWord('bus')).toBe('bus')
    expect(normaliseWord('aujourd’hui')).toBe("aujourd'hui")
  })

  it('accepts letters, digits, hyphens and apostrophes only', () => {
    expect(WORD_PATTERN.test('co-construction')).toBe(true)
    expect(WORD_PATTERN.test('l’emploi')).toBe(true)
    expect(WORD_PATTERN.test('2027')).toBe(true)
    expect(WORD_PATTERN.test('deux mots')).toBe(false)
    expect(WORD_PATTERN.test('<script>')).toBe(false)
    expect(WORD_PATTERN.test('a'.repeat(41))).toBe(false)
  })
})

describe('tallyWords', () => {
  it('counts each person once per word, under the spelling sent most often', () => {
    const { words } = tallyWords(
      [['Mobilité', 'mobilités'], ['mobilité'], ['mobilité', 'Réseaux'], ['réseau']],
      NONE,
    )
    expect(words).toEqual([
      { key: 'mobilite', word: 'mobilité', count: 3 },
      { key: 'reseau', word: 'Réseaux', count: 2 },
    ])
  })

  it('merges words (following chains) and hides others', () => {
    const merges = [
      { from: 'velo', into: 'bicyclette' },
      { from: 'bicyclette', into: 'mobilite' },
    ]
    expect(mergedKey('velo', merges)).toBe('mobilite')
    const { words, hidden } = tallyWords([['vélo'], ['bicyclette'], ['mobilité'], ['nul']], {
      hiddenWords: ['nul'],
      merges,
    })
    expect(words).toEqual([{ key: 'mobilite', word: 'vélo', count: 3 }])
    expect(hidden).toEqual([{ key: 'nul', word: 'nul', count: 1 }])
  })

  it('stops on a cycle of merges', () => {
    const merges = [
      { from: 'a', into: 'b' },
      { from: 'b', into: 'a' },
    ]
    expect(mergedKey('a', merges)).toBe('a')
  })
})
