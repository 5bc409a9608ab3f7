import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { MAX_FIELDS_READ_DEPTH, readFieldsJson } from './readFieldsJson.ts'

describe('readFieldsJson', () => {
  it('reads fields as toJSON does: texts, options, list items', () => {
    const doc = new Y.Doc()
    const fields = doc.getMap<unknown>('fields')
    fields.set('problematique', new Y.Text('Des jeunes'))
    const publics = new Y.Map<boolean>()
    fields.set('publics', publics)
    publics.set('jeunes', true)
    const acteurs = new Y.Array<Y.Map<unknown>>()
    fields.set('acteurs', acteurs)
    const item = new Y.Map<unknown>()
    acteurs.push([item])
    item.set('id', 'a1')
    item.set('nom', new Y.Text('Mission locale'))
    fields.set('statut', 'en-cours')
    fields.set('budget', 1200)
    expect(readFieldsJson(fields)).toEqual({ fields: fields.toJSON(), tooDeep: false })
  })

  it('reads 20,000 nested maps as null below the depth it follows', () => {
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
    const { fields: json, tooDeep } = readFieldsJson(fields)
    expect(tooDeep).toBe(true)
    expect(json.problematique).toBe('Lisible')
    let value: unknown = json.poison
    for (let level = 1; level < MAX_FIELDS_READ_DEPTH; level++) {
      value = (value as Record<string, unknown>).poison
    }
    expect(value).toBeNull()
  })
})
