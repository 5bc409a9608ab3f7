import { describe, expect, it } from 'vitest'
import type { RichTextJson } from '@maillage/protocol'
import { selectWrittenNotes } from './selectWrittenNotes.ts'

function heading(level: number, text: string): RichTextJson {
  return { type: 'heading', attrs: { level }, content: [{ type: 'text', text }] }
}

function paragraph(text = ''): RichTextJson {
  return text === ''
    ? { type: 'paragraph' }
    : { type: 'paragraph', content: [{ type: 'text', text }] }
}

function titles(blocks: readonly RichTextJson[]): string[] {
  return blocks.map((block) => block.content?.[0]?.text ?? `(${block.type})`)
}

describe('the notes a compte rendu keeps', () => {
  it('leaves out the template’s headings nobody wrote under, and blank paragraphs', () => {
    const notes: RichTextJson = {
      type: 'doc',
      content: [
        heading(2, 'Ce que nous retenons'),
        paragraph(),
        heading(2, 'Questions et réponses'),
        paragraph('  '),
        { type: 'paragraph', content: [{ type: 'hardBreak' }] },
        heading(2, 'Suites à donner'),
        paragraph(),
        paragraph('Le C2RP envoie l’étude aux CLPE.'),
      ],
    }
    expect(titles(selectWrittenNotes(notes))).toEqual([
      'Suites à donner',
      'Le C2RP envoie l’étude aux CLPE.',
    ])
  })

  it('keeps a heading whose subsection was written in, and anything that is not text', () => {
    const notes: RichTextJson = {
      type: 'doc',
      content: [
        heading(2, 'Ce que nous retenons'),
        heading(3, 'Chiffres'),
        paragraph('120 recrutements d’ici 2027.'),
        heading(3, 'Vide'),
        heading(2, 'Annexes'),
        { type: 'horizontalRule' },
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph()] }] },
        heading(2, ''),
        paragraph('Sous un titre vide.'),
      ],
    }
    expect(titles(selectWrittenNotes(notes))).toEqual([
      'Ce que nous retenons',
      'Chiffres',
      '120 recrutements d’ici 2027.',
      'Annexes',
      '(horizontalRule)',
      'Sous un titre vide.',
    ])
  })

  it('keeps nothing of notes never written in', () => {
    expect(
      selectWrittenNotes({ type: 'doc', content: [heading(2, 'Suites'), paragraph()] }),
    ).toEqual([])
    expect(selectWrittenNotes({ type: 'doc' })).toEqual([])
  })
})
