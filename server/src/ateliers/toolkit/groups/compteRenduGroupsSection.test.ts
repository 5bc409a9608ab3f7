import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { RichTextJson } from '@maillage/protocol'
import { writeBreakoutRun } from './breakoutRun.ts'
import { compteRenduGroupsSection } from './compteRenduGroupsSection.ts'
import { readGroupWork } from './readGroupWork.ts'

function paragraph(fragment: Y.XmlFragment, text: string, type = 'paragraph'): void {
  const element = new Y.XmlElement(type)
  if (type === 'heading') element.setAttribute('level', 1 as unknown as string)
  element.insert(0, [new Y.XmlText(text)])
  fragment.insert(fragment.length, [element])
}

function textOf(node: RichTextJson): string {
  return node.text ?? (node.content ?? []).map(textOf).join('')
}

describe('the breakout groups in the compte rendu', () => {
  it('gives each group a heading with its members, its written notes and its wall', () => {
    const doc = new Y.Doc()
    writeBreakoutRun(doc, {
      state: 'terminee',
      runId: 'run-1',
      startedAt: '2026-12-07T13:00:00.000Z',
      groups: [
        { n: 1, name: 'Mobilité', memberIds: ['a', 'b'] },
        { n: 2, name: 'Logement', memberIds: ['c'] },
      ],
    })
    const notes = doc.getXmlFragment('groupNotes-1')
    paragraph(notes, 'Synthèse', 'heading')
    paragraph(notes, 'Le permis coûte trop cher')
    paragraph(notes, '   ')
    const wall = doc.getArray<unknown>('groupWall-1')
    for (const [authorId, text] of [
      ['a', 'Aide au permis'],
      ['intrus', 'Note d’un inconnu'],
    ]) {
      const note = new Y.Map<unknown>()
      note.set('text', text)
      note.set('authorId', authorId)
      wall.push([note])
    }
    const blocks = compteRenduGroupsSection(readGroupWork(doc), new Map([['a', 'Nadia Benali']]))
    expect(blocks.map((block) => `${block.type} ${textOf(block)}`)).toEqual([
      'heading Travaux en groupes',
      'heading Groupe 1 — Mobilité (2 membres)',
      'heading Synthèse',
      'paragraph Le permis coûte trop cher',
      'heading Mur du groupe',
      'bulletList Aide au permis — Nadia BenaliNote d’un inconnu',
      'heading Groupe 2 — Logement (1 membre)',
      'paragraph Aucune note.',
    ])
    // The notes' headings sit under the group's.
    expect(blocks[2]?.attrs?.['level']).toBe(3)
  })

  it('has no section when no groups ran', () => {
    expect(compteRenduGroupsSection(readGroupWork(new Y.Doc()), new Map())).toEqual([])
  })
})
