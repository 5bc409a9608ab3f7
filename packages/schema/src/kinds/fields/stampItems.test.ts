import { describe, expect, it } from 'vitest'
import { DocumentKind } from '../../DocumentKind.ts'
import type { FieldDefinition, ListFieldDefinition } from '../FieldDefinition.ts'
import { KINDS } from '../KINDS.ts'
import { fieldsOf } from './fieldsOf.ts'

function allLists(fields: readonly FieldDefinition[]): ListFieldDefinition[] {
  return fields.flatMap((field) =>
    field.type === 'list' ? [field, ...allLists(field.fields)] : [],
  )
}

const kinds = Object.values(DocumentKind)

describe('stampItems of a list field', () => {
  it.each(kinds)(
    '%s stamps its items only in a line field (who) and a date field (when)',
    (kind) => {
      for (const list of allLists(fieldsOf(KINDS[kind]))) {
        if (list.stampItems === undefined) continue
        const { by, on } = list.stampItems
        const byField = list.fields.find((field) => field.name === by)
        const onField = list.fields.find((field) => field.name === on)
        expect(byField?.type === 'text' && !byField.multiline, `${list.name}.${by}`).toBe(true)
        expect(onField?.type, `${list.name}.${on}`).toBe('date')
      }
    },
  )

  it('keeps who and when of a measurement added by hand to an indicator of a fiche action', () => {
    const measurements = allLists(fieldsOf(KINDS[DocumentKind.FicheAction])).filter(
      (list) => list.name === 'mesures',
    )
    expect(measurements.length).toBeGreaterThan(0)
    for (const list of measurements) {
      expect(list.stampItems).toEqual({ by: 'saisiePar', on: 'saisieLe' })
      expect(list.addLabel).toBe('une ligne au tableau des mesures')
    }
  })
})
