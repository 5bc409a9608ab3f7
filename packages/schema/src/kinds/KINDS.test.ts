import { describe, expect, it } from 'vitest'
import { DocumentKind } from '../DocumentKind.ts'
import type { FieldDefinition } from './FieldDefinition.ts'
import { KINDS, kindDefinition } from './KINDS.ts'
import { fieldsOf } from './fields/fieldsOf.ts'
import { readFields } from './fields/readFields.ts'

const kinds = Object.values(DocumentKind)

function allFieldLists(fields: readonly FieldDefinition[]): (readonly FieldDefinition[])[] {
  return [
    fields,
    ...fields.flatMap((field) => (field.type === 'list' ? allFieldLists(field.fields) : [])),
  ]
}

describe('KINDS', () => {
  it('defines every document kind under its own key', () => {
    expect(Object.keys(KINDS).sort()).toEqual([...kinds].sort())
    for (const kind of kinds) expect(kindDefinition(kind).kind).toBe(kind)
  })

  it.each(kinds)('%s has unique field names at every level of nesting', (kind) => {
    for (const fields of allFieldLists(fieldsOf(KINDS[kind]))) {
      const names = fields.map((field) => field.name)
      expect(new Set(names).size, names.join(', ')).toBe(names.length)
      expect(names).not.toContain('id')
      expect(names).not.toContain('order')
    }
  })

  it.each(kinds)('%s has statuses that are exactly its status field’s options', (kind) => {
    const definition = KINDS[kind]
    if (definition.statusField === null) {
      expect(definition.statuses).toEqual([])
      return
    }
    const field = fieldsOf(definition).find((entry) => entry.name === definition.statusField)
    expect(field?.type).toBe('choice')
    expect(field?.type === 'choice' ? field.options : []).toEqual(definition.statuses)
  })

  it.each(kinds)('%s has a French label, a description and unique choice values', (kind) => {
    const definition = KINDS[kind]
    expect(definition.label.length).toBeGreaterThan(0)
    expect(definition.description).toMatch(/\.$/u)
    expect(definition.description).not.toMatch(/'/u)
    for (const fields of allFieldLists(fieldsOf(definition))) {
      for (const field of fields) {
        expect(field.label).not.toMatch(/'/u)
        if (field.type === 'choice' || field.type === 'multi-choice') {
          const values = field.options.map((option) => option.value)
          expect(new Set(values).size).toBe(values.length)
          expect(values).not.toContain('')
        }
      }
    }
  })

  // A free page starts blank; a thread of the échanges holds messages, not a body; the server
  // writes the body of a bilan for the bureau du CoRE.
  const withoutTemplate: readonly string[] = ['page', 'discussion', 'bilan-pilotage']
  const withTemplate = kinds.filter((kind) => !withoutTemplate.includes(kind))
  it.each(withTemplate)('%s has a non-empty template', (kind) => {
    const template = KINDS[kind].template
    expect(template.length).toBeGreaterThan(0)
    for (const block of template) {
      const texts = block.type === 'bulletList' ? block.items : [block.text]
      for (const text of texts) expect(text).not.toMatch(/'/u)
    }
  })

  it('shows a document of an unknown kind as a free page', () => {
    expect(kindDefinition('sondage')).toBe(KINDS.page)
    expect(kindDefinition('__proto__')).toBe(KINDS.page)
  })

  it('gives the free page no fields and an empty template', () => {
    expect(KINDS.page.sections).toEqual([])
    expect(KINDS.page.template).toEqual([])
  })

  it.each(kinds)('%s indexes an empty document without a status or key fields', (kind) => {
    const definition = KINDS[kind]
    expect(definition.index(readFields(definition, {}).values)).toEqual({
      status: null,
      keyFields: {},
    })
  })

  it('has a quality check only for the fiche action', () => {
    const withQuality = kinds.filter((kind) => KINDS[kind].quality !== null)
    expect(withQuality).toEqual(['fiche-action'])
  })
})
