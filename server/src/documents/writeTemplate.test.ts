import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { writeTemplate } from './writeTemplate.ts'

describe('writeTemplate', () => {
  it('writes headings, paragraphs and bullet lists as the nodes y-prosemirror reads', () => {
    const doc = new Y.Doc()
    const body = doc.getXmlFragment('body')
    writeTemplate(body, [
      { type: 'heading', level: 2, text: 'Contexte' },
      { type: 'paragraph', text: 'À compléter.' },
      { type: 'heading', level: 3, text: 'Étapes' },
      { type: 'bulletList', items: ['Réunir les acteurs', 'Planifier'] },
      { type: 'paragraph', text: '' },
    ])
    // `toString` lowers node names; `nodeName`, which y-prosemirror reads, keeps them.
    expect(body.toString()).toBe(
      '<heading level="2">Contexte</heading><paragraph>À compléter.</paragraph>' +
        '<heading level="3">Étapes</heading><bulletlist>' +
        '<listitem><paragraph>Réunir les acteurs</paragraph></listitem>' +
        '<listitem><paragraph>Planifier</paragraph></listitem></bulletlist><paragraph></paragraph>',
    )
    const heading = body.get(0)
    if (!(heading instanceof Y.XmlElement)) throw new Error('no heading element')
    expect(heading.getAttributes()).toEqual({ level: 2 })
    expect(heading.get(0)).toBeInstanceOf(Y.XmlText)
    const list = body.get(3)
    if (!(list instanceof Y.XmlElement)) throw new Error('no list element')
    expect(list.nodeName).toBe('bulletList')
    const item = list.get(0)
    if (!(item instanceof Y.XmlElement)) throw new Error('no list item element')
    expect(item.nodeName).toBe('listItem')
    doc.destroy()
  })

  it('ends the body with a paragraph, which the editor would otherwise add when someone opens it', () => {
    const doc = new Y.Doc()
    const body = doc.getXmlFragment('body')
    writeTemplate(body, [
      { type: 'heading', level: 2, text: 'Échanges avec les partenaires' },
      { type: 'bulletList', items: ['Date — partenaire : ce qui a été convenu.'] },
    ])
    const last = body.get(body.length - 1)
    if (!(last instanceof Y.XmlElement)) throw new Error('no element at the end of the body')
    expect(last.nodeName).toBe('paragraph')
    expect(last.length).toBe(0)
    expect(body.length).toBe(3)
    doc.destroy()
  })
})
