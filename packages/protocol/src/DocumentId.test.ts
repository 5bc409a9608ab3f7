import { describe, expect, it } from 'vitest'
import { isDocumentId, MAX_DOCUMENT_ID_LENGTH, parseDocumentId } from './DocumentId.ts'
import { InvalidDocumentIdError } from './InvalidDocumentIdError.ts'

const valid = [
  'a',
  'fiche-action_2025.v2',
  'clpe-lens-henin.diagnostic',
  'A-Z_0-9',
  'x'.repeat(MAX_DOCUMENT_ID_LENGTH),
  'a..b',
]
const invalid = [
  '',
  '.',
  '..',
  '.hidden',
  'x'.repeat(MAX_DOCUMENT_ID_LENGTH + 1),
  'a/b',
  '../etc/passwd',
  'a b',
  'a%2Fb',
  'a?token=1',
  'é',
  'a\u0000',
  'doc\n',
  '🙂',
]

function catchError(value: string): unknown {
  try {
    parseDocumentId(value)
  } catch (error) {
    return error
  }
  return undefined
}

describe('parseDocumentId', () => {
  it('accepts 1 to 128 characters of [A-Za-z0-9_.-] not starting with a dot', () => {
    for (const value of valid) expect(parseDocumentId(value)).toBe(value)
  })

  it('rejects empty, too long, dot-first ids and any other character', () => {
    for (const value of invalid) {
      const error = catchError(value)
      expect(error, JSON.stringify(value)).toBeInstanceOf(InvalidDocumentIdError)
      expect(error).toHaveProperty('code', 'PROTOCOL_INVALID_DOCUMENT_ID')
    }
  })

  it('names the offending character and its index in the message', () => {
    expect(catchError('ab/cd')).toHaveProperty('message', expect.stringMatching(/"\/" at index 2/))
  })

  it('shortens a very long value in the message', () => {
    const error = catchError('x'.repeat(10_000))
    expect(error).toHaveProperty('message', expect.stringMatching(/^.{0,200}$/))
  })
})

describe('isDocumentId', () => {
  it('agrees with parseDocumentId', () => {
    for (const value of valid) expect(isDocumentId(value)).toBe(true)
    for (const value of invalid) expect(isDocumentId(value)).toBe(false)
  })
})
