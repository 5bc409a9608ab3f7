import { describe, expect, it } from 'vitest'
import { formatCount, plural } from './plural.ts'

describe('plural', () => {
  it('keeps the singular for 0 and 1, as French does', () => {
    expect(plural(0, 'échange', 'échanges')).toBe('échange')
    expect(plural(1, 'échange', 'échanges')).toBe('échange')
    expect(plural(1.5, 'heure', 'heures')).toBe('heure')
  })

  it('takes the plural form from 2 on', () => {
    expect(plural(2, 'journal', 'journaux')).toBe('journaux')
    expect(plural(12, 'erreur', 'erreurs')).toBe('erreurs')
  })
})

describe('formatCount', () => {
  it('writes the count in French before its word', () => {
    expect(formatCount(0, 'échange', 'échanges')).toBe('0 échange')
    expect(formatCount(3, 'non lue', 'non lues')).toBe('3 non lues')
    // French groups thousands with a narrow no-break space.
    expect(formatCount(1234, 'message', 'messages')).toBe('1\u202f234 messages')
  })
})
