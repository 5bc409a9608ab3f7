import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readSearchContent } from './readSearchContent.ts'
import { MAX_ENTRY_TEXT_LENGTH } from './SearchIndex.ts'

function paragraph(text: string): Y.XmlElement {
  const element = new Y.XmlElement('paragraph')
  element.insert(0, [new Y.XmlText(text)])
  return element
}

describe('readSearchContent', () => {
  it('reads the title, the fields’ values, the body’s blocks and the messages’ words', () => {
    const doc = new Y.Doc()
    doc.getText('title').insert(0, '  Forum de l’emploi  ')
    const fields = doc.getMap('fields')
    const description = new Y.Text()
    description.insert(0, 'Rencontre avec les employeurs')
    fields.set('description', description)
    const items = new Y.Array<Y.Map<unknown>>()
    const item = new Y.Map<unknown>()
    item.set('id', 'item-7f3a')
    item.set('nom', 'Mission locale')
    items.push([item])
    fields.set('acteurs', items)
    const list = new Y.XmlElement('bulletList')
    const listItem = new Y.XmlElement('listItem')
    listItem.insert(0, [paragraph('Ateliers CV')])
    list.insert(0, [listItem])
    doc.getXmlFragment('body').insert(0, [paragraph('Un '), list])
    doc.getArray('messages').push([
      {
        id: 'm1',
        content: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'mention', attrs: { id: 'a1', label: 'Nadia Benali' } },
                { type: 'text', text: ' viendra.' },
              ],
            },
          ],
        },
      },
    ])
    const content = readSearchContent(doc)
    expect(content.title).toBe('Forum de l’emploi')
    expect(content.text.split('\n')).toEqual([
      'Rencontre avec les employeurs',
      'Mission locale',
      'Un',
      'Ateliers CV',
      'Nadia Benali',
      'viendra.',
    ])
    expect(content.text).not.toContain('item-7f3a')
    expect(content.text).not.toContain('paragraph')
  })

  it('reads a date field also as French says it', () => {
    const doc = new Y.Doc()
    doc.getMap('fields').set('date', '2027-01-12')
    expect(readSearchContent(doc).text).toBe('2027-01-12 12 janvier 2027')
  })

  it('keeps at most the bound of an entry', () => {
    const doc = new Y.Doc()
    const body = doc.getXmlFragment('body')
    for (let index = 0; index < 2000; index += 1) body.insert(index, [paragraph('mot '.repeat(20))])
    const { length } = readSearchContent(doc).text
    expect(length).toBeLessThanOrEqual(MAX_ENTRY_TEXT_LENGTH)
    expect(length).toBeGreaterThan(MAX_ENTRY_TEXT_LENGTH - 100)
  })
})
