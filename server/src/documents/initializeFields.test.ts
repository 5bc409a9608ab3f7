import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DocumentKind, kindDefinition, readFields } from '@maillage/schema'
import { initializeFields } from './initializeFields.ts'

describe('initializeFields', () => {
  it('gives every field of every kind a value its reader accepts, without problems', () => {
    for (const kind of Object.values(DocumentKind)) {
      const doc = new Y.Doc()
      const fields = doc.getMap<unknown>('fields')
      const definition = kindDefinition(kind)
      doc.transact(() => {
        initializeFields(fields, definition)
      })
      expect(readFields(definition, fields.toJSON()).problems, kind).toEqual([])
      for (const section of definition.sections) {
        for (const field of section.fields) {
          const value = fields.get(field.name)
          if (field.type === 'text') expect(value, field.name).toBeInstanceOf(Y.Text)
          if (field.type === 'list') expect(value, field.name).toBeInstanceOf(Y.Array)
          if (field.type === 'multi-choice') expect(value, field.name).toBeInstanceOf(Y.Map)
          if (field.type === 'number') expect(fields.has(field.name), field.name).toBe(false)
        }
      }
      doc.destroy()
    }
  })

  it('sets the status field of a fiche action to its first status', () => {
    const doc = new Y.Doc()
    const fields = doc.getMap<unknown>('fields')
    const definition = kindDefinition(DocumentKind.FicheAction)
    initializeFields(fields, definition)
    expect(definition.statusField).not.toBeNull()
    expect(fields.get(definition.statusField ?? '')).toBe(definition.statuses[0]?.value)
    expect(fields.get('cadre')).toBe('')
    doc.destroy()
  })
})
