import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DocumentKind, fieldsOf, kindDefinition, type ListFieldDefinition } from '@maillage/schema'
import { stampItem } from './stampItem.ts'

/** The `mesures` list of the indicators of a fiche action, as the schema defines it. */
function measurementsList(): ListFieldDefinition {
  for (const field of fieldsOf(kindDefinition(DocumentKind.FicheAction))) {
    if (field.type !== 'list') continue
    const list = field.fields.find((child) => child.name === 'mesures')
    if (list?.type === 'list') return list
  }
  throw new Error('a fiche action has no indicator with a list of measurements')
}

/** `item` once part of a document, where its values can be read. */
function inserted(item: Y.Map<unknown>): Y.Map<unknown> {
  const doc = new Y.Doc()
  doc.getArray<Y.Map<unknown>>('liste').push([item])
  return item
}

// 23:30 in UTC on 31 May is already 1 June in Paris.
const LATE_EVENING = new Date('2026-05-31T23:30:00Z')

describe('stampItem', () => {
  it('writes who adds a measurement by hand and the day in Paris', () => {
    const item = new Y.Map<unknown>()
    item.set('saisiePar', new Y.Text())
    stampItem(item, measurementsList(), 'Nadia Benali', LATE_EVENING)
    const stamped = inserted(item)
    expect(String(stamped.get('saisiePar'))).toBe('Nadia Benali')
    expect(stamped.get('saisieLe')).toBe('2026-06-01')
  })

  it('keeps the day alone when nobody is named', () => {
    const item = new Y.Map<unknown>()
    item.set('saisiePar', new Y.Text())
    stampItem(item, measurementsList(), undefined, LATE_EVENING)
    const stamped = inserted(item)
    expect(String(stamped.get('saisiePar'))).toBe('')
    expect(stamped.get('saisieLe')).toBe('2026-06-01')
  })

  it('leaves the items of a list without a stamp as they are', () => {
    const list: ListFieldDefinition = { ...measurementsList(), stampItems: undefined }
    const item = new Y.Map<unknown>()
    stampItem(item, list, 'Nadia Benali', LATE_EVENING)
    expect([...inserted(item).keys()]).toEqual([])
  })
})
