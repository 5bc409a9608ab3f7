import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readBoundedJson } from './readBoundedJson.ts'

describe('readBoundedJson', () => {
  it('reads fields as toJSON does', () => {
    const doc = new Y.Doc()
    const fields = doc.getMap<unknown>('fields')
    fields.set('problematique', new Y.Text('Des jeunes'))
    const acteurs = new Y.Array<Y.Map<unknown>>()
    fields.set('acteurs', acteurs)
    const item = new Y.Map<unknown>()
    acteurs.push([item])
    item.set('nom', new Y.Text('Mission locale'))
    fields.set('statut', 'en-cours')
    expect(readBoundedJson(fields)).toEqual(fields.toJSON())
  })

  it('reads a document of 20,000 nested maps without overflowing the stack', () => {
    const doc = new Y.Doc()
    const fields = doc.getMap<unknown>('fields')
    fields.set('problematique', new Y.Text('Lisible'))
    doc.transact(() => {
      let current = fields
      for (let level = 0; level < 20_000; level++) {
        const child = new Y.Map<unknown>()
        current.set('poison', child)
        current = child
      }
    })
    expect(() => fields.toJSON()).toThrow(RangeError)
    expect(readBoundedJson(fields).problematique).toBe('Lisible')
  })
})
