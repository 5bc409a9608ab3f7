import { describe, expect, it } from 'vitest'
import { isOwnSuggestionChange, type TextDeltaOp } from './isOwnSuggestionChange.ts'

const marie = { id: 'marie', name: 'Marie Durand' }
const paul = { id: 'paul', name: 'Paul Leroy' }
const at = '2026-12-07T10:00:00.000Z'
const mark = (author: { id: string; name: string }, id = 's1') => ({
  id,
  authorId: author.id,
  authorName: author.name,
  at,
})
const plain = (insert: string): TextDeltaOp => ({ insert })

describe('isOwnSuggestionChange', () => {
  const before = [plain('Le plan local')]

  it('admits text added under an insertion mark of the author', () => {
    const after = [
      plain('Le plan'),
      { insert: ' très', attributes: { insertion: mark(marie) } },
      plain(' local'),
    ]
    expect(isOwnSuggestionChange(before, after, marie)).toBe(true)
  })

  it('admits a deletion mark of the author, and its removal', () => {
    const marked = [plain('Le plan '), { insert: 'local', attributes: { deletion: mark(marie) } }]
    expect(isOwnSuggestionChange(before, marked, marie)).toBe(true)
    expect(isOwnSuggestionChange(marked, before, marie)).toBe(true)
  })

  it('admits removing text the author suggested adding', () => {
    const suggested = [
      plain('Le plan'),
      { insert: ' très', attributes: { insertion: mark(marie) } },
      plain(' local'),
    ]
    expect(isOwnSuggestionChange(suggested, before, marie)).toBe(true)
  })

  it('admits deletion marks moved by merging offline work, never a rejected one', () => {
    const struck = [plain('Le plan '), { insert: 'local', attributes: { deletion: mark(paul) } }]
    const taken = [plain('Le plan '), { insert: 'local', attributes: { deletion: mark(marie) } }]
    expect(isOwnSuggestionChange(struck, taken, marie)).toBe(true)
    const spread = [{ insert: 'Le plan local', attributes: { deletion: mark(paul) } }]
    expect(isOwnSuggestionChange(struck, spread, marie)).toBe(false)
    const both = [
      { insert: 'Le plan ', attributes: { deletion: mark(marie) } },
      { insert: 'local', attributes: { deletion: mark(paul) } },
    ]
    const swapped = [{ insert: 'Le plan local', attributes: { deletion: mark(paul) } }]
    expect(isOwnSuggestionChange(both, swapped, marie)).toBe(true)
    expect(isOwnSuggestionChange(struck, before, marie)).toBe(false)
  })

  it('refuses plain typing and plain deleting', () => {
    expect(isOwnSuggestionChange(before, [plain('Le plan local!')], marie)).toBe(false)
    expect(isOwnSuggestionChange(before, [plain('Le plan')], marie)).toBe(false)
  })

  it('refuses an insertion or a deletion in someone else’s name', () => {
    const forged = [
      plain('Le plan'),
      { insert: ' très', attributes: { insertion: mark(paul) } },
      plain(' local'),
    ]
    expect(isOwnSuggestionChange(before, forged, marie)).toBe(false)
    const renamed = [
      { insert: 'x', attributes: { insertion: { ...mark(marie), authorName: 'Paul Leroy' } } },
    ]
    expect(isOwnSuggestionChange([], renamed, marie)).toBe(false)
    const struck = [plain('Le plan '), { insert: 'local', attributes: { deletion: mark(paul) } }]
    expect(isOwnSuggestionChange(before, struck, marie)).toBe(false)
  })

  it('refuses accepting: removing someone’s insertion mark or the text under a deletion mark', () => {
    const suggested = [plain('Le plan'), { insert: ' très', attributes: { insertion: mark(paul) } }]
    expect(isOwnSuggestionChange(suggested, [plain('Le plan très')], marie)).toBe(false)
    const struck = [plain('Le plan '), { insert: 'local', attributes: { deletion: mark(paul) } }]
    expect(isOwnSuggestionChange(struck, [plain('Le plan ')], marie)).toBe(false)
    expect(isOwnSuggestionChange(struck, before, marie)).toBe(false)
  })

  it('refuses accepting one’s own insertion and any change of formatting', () => {
    const suggested = [{ insert: 'très', attributes: { insertion: mark(marie) } }]
    expect(isOwnSuggestionChange(suggested, [plain('très')], marie)).toBe(false)
    expect(
      isOwnSuggestionChange(
        before,
        [{ insert: 'Le plan local', attributes: { bold: true } }],
        marie,
      ),
    ).toBe(false)
  })
})
