import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { mayChangeShape } from './mayChangeShape.ts'

/** The truth, from a full decode: a new type, a subdocument, or a map key written without neighbour. */
function changesShape(update: Uint8Array): boolean {
  return Y.decodeUpdate(update).structs.some(
    (struct) =>
      struct instanceof Y.Item &&
      (struct.content instanceof Y.ContentType ||
        struct.content instanceof Y.ContentDoc ||
        (struct.parentSub !== null && struct.origin === null && struct.rightOrigin === null)),
  )
}

function updatesOf(edit: (doc: Y.Doc) => void): Uint8Array[] {
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  edit(doc)
  return updates
}

describe('mayChangeShape', () => {
  it('says no for text typed, formatted, deleted, and values replaced in a map', () => {
    const [setup, ...edits] = updatesOf((doc) => {
      const text = doc.getText('title')
      const map = doc.getMap<unknown>('meta')
      doc.transact(() => {
        map.set('status', 'brouillon')
        text.insert(0, 'Diagnostic territorial')
      })
      text.insert(5, 'é')
      text.format(0, 4, { bold: true })
      text.delete(2, 3)
      text.insertEmbed(1, { image: 'x' })
      map.set('status', 'publié')
      map.set('status', { at: 1, list: [1, 'a', null, true] })
      doc.getArray<unknown>('messages').push([new Uint8Array([1, 2, 3]), 4, 'cinq'])
    })
    expect(setup && mayChangeShape(setup)).toBe(true)
    for (const update of edits) {
      expect(mayChangeShape(update)).toBe(changesShape(update))
      expect(mayChangeShape(update)).toBe(false)
    }
  })

  it('says yes for new shared types, subdocuments and new map keys', () => {
    const updates = updatesOf((doc) => {
      doc.getMap<unknown>('fields').set('acteurs', new Y.Array())
      doc.getXmlFragment('body').insert(0, [new Y.XmlElement('paragraph')])
      doc.getXmlFragment('body').insert(0, [new Y.XmlText('texte')])
      doc.getMap<unknown>('fields').set('nouvelle', 'valeur')
      doc.getMap<unknown>('fields').set('annexe', new Y.Doc())
    })
    for (const update of updates) expect(mayChangeShape(update)).toBe(true)
  })

  it('agrees with a full decode on merged states and random edits', () => {
    let seed = 7
    const random = (): number => {
      seed = (seed * 48271) % 2147483647
      return seed / 2147483647
    }
    const updates = updatesOf((doc) => {
      const text = doc.getText('body')
      const map = doc.getMap<unknown>('fields')
      for (let step = 0; step < 400; step++) {
        const choice = random()
        if (choice < 0.5) text.insert(Math.floor(random() * (text.length + 1)), 'ab ')
        else if (choice < 0.7 && text.length > 2) text.delete(0, 2)
        else if (choice < 0.9) map.set(`k${Math.floor(random() * 5)}`, random())
        else map.set(`t${Math.floor(random() * 3)}`, new Y.Text('x'))
      }
    })
    for (const update of [...updates, Y.mergeUpdates(updates)]) {
      expect(mayChangeShape(update) || !changesShape(update)).toBe(true)
      if (!changesShape(update)) expect(mayChangeShape(update)).toBe(false)
    }
  })

  it('says yes for bytes it cannot read', () => {
    expect(mayChangeShape(new Uint8Array([1, 1, 5, 0, 4, 0, 1, 1, 120]))).toBe(true)
  })
})
