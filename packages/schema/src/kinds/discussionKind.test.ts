import { describe, expect, it } from 'vitest'
import { EXCHANGE_STATUS_OPTIONS, EXCHANGE_TYPE_OPTIONS } from '../exchanges/exchangeOptions.ts'
import { discussionKind } from './discussionKind.ts'
import { fieldsOf } from './fields/fieldsOf.ts'
import { readFields } from './fields/readFields.ts'

describe('discussionKind', () => {
  it('mirrors a thread of the échanges: type, themes, « nous aussi » and status, no template', () => {
    const fields = fieldsOf(discussionKind)
    expect(fields.map((field) => [field.name, field.type])).toEqual([
      ['type', 'choice'],
      ['themes', 'multi-choice'],
      ['nousAussi', 'number'],
      ['statut', 'choice'],
    ])
    expect(discussionKind.statuses).toBe(EXCHANGE_STATUS_OPTIONS)
    expect(fields[0]?.type === 'choice' ? fields[0].options : []).toBe(EXCHANGE_TYPE_OPTIONS)
    expect(discussionKind.template).toEqual([])
  })

  it('indexes the status and the type of a thread', () => {
    const raw = {
      type: 'remontee',
      statut: 'pris-en-charge',
      nousAussi: 2,
      themes: { mobilite: true },
    }
    const { values, problems } = readFields(discussionKind, raw)
    expect(problems).toEqual([])
    expect(discussionKind.index(values)).toEqual({
      status: 'pris-en-charge',
      keyFields: { type: 'remontee' },
    })
  })
})
