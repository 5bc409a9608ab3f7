import { describe, expect, it } from 'vitest'
import { noteExcerpt } from './noteExcerpt.ts'

describe('the excerpt of a sticky note', () => {
  it('keeps a short text whole, its spaces collapsed', () => {
    expect(noteExcerpt('  Un garage solidaire\npar arrondissement ')).toBe(
      'Un garage solidaire par arrondissement',
    )
  })

  it('cuts a long text after a word, with an ellipsis', () => {
    expect(
      noteExcerpt('Financer le permis des jeunes en CEJ, avec les auto-écoles sociales du bassin'),
    ).toBe('Financer le permis des jeunes en CEJ…')
  })

  it('cuts a text without spaces at 40 characters', () => {
    expect(noteExcerpt('x'.repeat(100))).toBe(`${'x'.repeat(40)}…`)
  })
})
