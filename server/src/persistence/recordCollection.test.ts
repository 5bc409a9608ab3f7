import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { MetadataErrorCode } from './MetadataError.ts'
import { insertRecord, replaceRecord, validateRecord, type RecordKind } from './recordCollection.ts'

const itemSchema = z.object({ id: z.string().min(1), code: z.string(), label: z.string().min(1) })
type Item = z.infer<typeof itemSchema>
const ITEM: RecordKind<Item> = { name: 'item', schema: itemSchema, unique: ['id', 'code'] }

describe('validateRecord', () => {
  it('returns a parsed copy without unknown keys', () => {
    const value = { id: 'a', code: 'x', label: 'A', extra: true }
    const parsed = validateRecord(itemSchema, value, 'item')
    expect(parsed).toEqual({ id: 'a', code: 'x', label: 'A' })
    expect(parsed).not.toBe(value)
  })

  it('throws METADATA_INVALID naming the record and the field', () => {
    const validation = () => validateRecord(itemSchema, { id: 'a', code: 'x', label: '' }, 'item')
    expect(validation).toThrow(expect.objectContaining({ code: MetadataErrorCode.Invalid }))
    expect(validation).toThrow(/invalid item[\s\S]*label/)
  })
})

describe('insertRecord', () => {
  it('appends a valid record and refuses one sharing any unique field', () => {
    const records: Item[] = []
    insertRecord(records, { id: 'a', code: 'x', label: 'A' }, ITEM)
    expect(() => insertRecord(records, { id: 'a', code: 'y', label: 'B' }, ITEM)).toThrow(
      expect.objectContaining({ code: MetadataErrorCode.Conflict }),
    )
    expect(() => insertRecord(records, { id: 'b', code: 'x', label: 'B' }, ITEM)).toThrow(
      expect.objectContaining({ code: MetadataErrorCode.Conflict }),
    )
    expect(records).toEqual([{ id: 'a', code: 'x', label: 'A' }])
  })
})

describe('replaceRecord', () => {
  it('replaces the record by itself patched and leaves the list unchanged on error', () => {
    const records: Item[] = [
      { id: 'a', code: 'x', label: 'A' },
      { id: 'b', code: 'y', label: 'B' },
    ]
    expect(replaceRecord(records, { id: 'a', patch: { label: 'A2' } }, ITEM)).toEqual({
      id: 'a',
      code: 'x',
      label: 'A2',
    })
    expect(() => replaceRecord(records, { id: 'a', patch: { code: 'y' } }, ITEM)).toThrow(
      expect.objectContaining({ code: MetadataErrorCode.Conflict }),
    )
    expect(() => replaceRecord(records, { id: 'a', patch: { label: '' } }, ITEM)).toThrow(
      expect.objectContaining({ code: MetadataErrorCode.Invalid }),
    )
    expect(replaceRecord(records, { id: 'zz', patch: { label: 'Z' } }, ITEM)).toBeNull()
    expect(records).toEqual([
      { id: 'a', code: 'x', label: 'A2' },
      { id: 'b', code: 'y', label: 'B' },
    ])
  })
})
