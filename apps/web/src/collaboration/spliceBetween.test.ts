import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { spliceBetween } from './useYTextInput.ts'

function apply(before: string, after: string): string {
  const { start, removed, inserted } = spliceBetween(before, after)
  return before.slice(0, start) + inserted + before.slice(start + removed)
}

describe('spliceBetween', () => {
  it('turns one typed character into one insertion at its place', () => {
    expect(spliceBetween('Fiche action', 'Fiche d action')).toEqual({
      start: 6,
      removed: 0,
      inserted: 'd ',
    })
  })

  it('turns a deletion into one removal', () => {
    expect(spliceBetween('Diagnostic 2026', 'Diagnostic')).toEqual({
      start: 10,
      removed: 5,
      inserted: '',
    })
  })

  it('turns a replaced selection into one removal and one insertion', () => {
    expect(spliceBetween('Feuille de route 2026', 'Feuille de route 2027')).toEqual({
      start: 20,
      removed: 1,
      inserted: '7',
    })
  })

  it('rebuilds the new value for any pair of strings', () => {
    const pairs: [string, string][] = [
      ['', 'abc'],
      ['abc', ''],
      ['aaaa', 'aa'],
      ['abab', 'ab'],
      ['réunion', 'réunions du CLPE'],
    ]
    for (const [before, after] of pairs) expect(apply(before, after)).toBe(after)
  })

  it('lets two people edit different ends of a title without losing either change', () => {
    const left = new Y.Doc()
    const right = new Y.Doc()
    left.getText('title').insert(0, 'Forum emploi')
    Y.applyUpdate(right, Y.encodeStateAsUpdate(left))
    for (const [doc, next] of [
      [left, 'Grand forum emploi'],
      [right, 'Forum emploi 2027'],
    ] as const) {
      const text = doc.getText('title')
      const { start, removed, inserted } = spliceBetween(text.toString(), next)
      text.delete(start, removed)
      text.insert(start, inserted)
    }
    Y.applyUpdate(left, Y.encodeStateAsUpdate(right))
    Y.applyUpdate(right, Y.encodeStateAsUpdate(left))
    expect(left.getText('title').toString()).toBe('Grand forum emploi 2027')
    expect(right.getText('title').toString()).toBe('Grand forum emploi 2027')
  })
})
