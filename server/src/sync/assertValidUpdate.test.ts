import { describe, expect, it } from 'vitest'
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import { assertValidUpdate } from './assertValidUpdate.ts'
import { InvalidUpdateError } from './InvalidUpdateError.ts'

const CLIENT = 7

/** A hand-made v1 update of client 7: `ATTACKER` inserted in `body`, then `extra` structs. */
function craftUpdate(writeExtra: (encoder: encoding.Encoder) => number): Uint8Array {
  const structs = encoding.createEncoder()
  const extraStructs = writeExtra(structs)
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 1) // clients
  encoding.writeVarUint(encoder, 1 + extraStructs)
  encoding.writeVarUint(encoder, CLIENT)
  encoding.writeVarUint(encoder, 0) // clock of the first struct
  encoding.writeUint8(encoder, 4) // info: string content, no origin, parent is a root key
  encoding.writeVarUint(encoder, 1) // parent info: root type key
  encoding.writeVarString(encoder, 'body')
  encoding.writeVarString(encoder, 'ATTACKER')
  encoding.writeUint8Array(encoder, encoding.toUint8Array(structs))
  encoding.writeVarUint(encoder, 0) // empty delete set
  return encoding.toUint8Array(encoder)
}

/** Writes, after `ATTACKER` (clock 0 to 7), a deleted item of length 0 that follows it. */
function writeEmptyDeletedItem(encoder: encoding.Encoder): number {
  encoding.writeUint8(encoder, 0x81) // info: deleted content, has an origin
  encoding.writeVarUint(encoder, CLIENT)
  encoding.writeVarUint(encoder, 7)
  encoding.writeVarUint(encoder, 0) // length
  return 1
}

/** Writes an item at clock 8 whose origin is clock 50 of the same client. */
function writeItemWithLaterOrigin(encoder: encoding.Encoder): number {
  encoding.writeUint8(encoder, 0x84) // info: string content, has an origin
  encoding.writeVarUint(encoder, CLIENT)
  encoding.writeVarUint(encoder, 50)
  encoding.writeVarString(encoder, 'Z')
  return 1
}

function docWithText(text: string): Y.Doc {
  const doc = new Y.Doc()
  doc.getText('body').insert(0, text)
  return doc
}

/** The code of the error {@link assertValidUpdate} throws for `update`, or undefined. */
function rejectionCode(update: Uint8Array): string | undefined {
  try {
    assertValidUpdate(update)
  } catch (error) {
    return error instanceof InvalidUpdateError ? error.code : 'not an InvalidUpdateError'
  }
  return undefined
}

/** `Y.applyUpdate`, in a function returning nothing so that tests can expect it to throw. */
function applyUpdate(doc: Y.Doc, update: Uint8Array): void {
  Y.applyUpdate(doc, update)
}

describe('assertValidUpdate', () => {
  it('accepts the updates real documents produce', () => {
    const doc = docWithText('Bonjour Lille')
    const before = Y.encodeStateVector(doc)
    doc.getText('body').delete(0, 3)
    doc.getText('body').format(0, 4, { bold: true })
    doc.getMap('fiche').set('titre', 'Diagnostic')
    doc.getArray('actions').insert(0, [new Y.Map(), 'appel', { a: [1, 2] }])
    expect(() => {
      assertValidUpdate(Y.encodeStateAsUpdate(doc))
      assertValidUpdate(Y.encodeStateAsUpdate(doc, before))
      assertValidUpdate(Y.encodeStateAsUpdate(new Y.Doc()))
    }).not.toThrow()
  })

  it('returns where the structs of each client of the update end', () => {
    const doc = new Y.Doc()
    doc.clientID = 42
    doc.getText('body').insert(0, 'abc')
    const before = Y.encodeStateVector(doc)
    doc.getMap('fields').set('titre', 'x')

    expect(assertValidUpdate(Y.encodeStateAsUpdate(doc)).extent).toEqual(new Map([[42, 4]]))
    expect(assertValidUpdate(Y.encodeStateAsUpdate(doc, before)).extent).toEqual(new Map([[42, 4]]))
  })

  it('rejects a truncated update, which Yjs would apply in part before throwing', () => {
    const update = Y.encodeStateAsUpdate(docWithText('ATTACKER'))
    const truncated = update.slice(0, -1)
    const doc = docWithText('hello')
    expect(() => {
      applyUpdate(doc, truncated)
    }).toThrow()
    expect(doc.getText('body').toString()).toContain('ATTACKER')

    expect(rejectionCode(truncated)).toBe('SYNC_INVALID_UPDATE')
  })

  it('rejects a struct of length 0, which Yjs applies silently and then cannot load again', () => {
    const update = craftUpdate(writeEmptyDeletedItem)
    const doc = docWithText('hello')
    Y.applyUpdate(doc, update)
    expect(() => {
      applyUpdate(new Y.Doc(), Y.encodeStateAsUpdate(doc))
    }).toThrow()

    expect(rejectionCode(update)).toBe('SYNC_INVALID_UPDATE')
  })

  it('rejects an item whose origin comes after it in its own client', () => {
    const update = craftUpdate(writeItemWithLaterOrigin)
    expect(() => {
      applyUpdate(docWithText('hello'), update)
    }).toThrow()

    expect(rejectionCode(update)).toBe('SYNC_INVALID_UPDATE')
  })

  it('rejects a deleted range of length 0', () => {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, 0) // no structs
    encoding.writeVarUint(encoder, 1) // one client in the delete set
    encoding.writeVarUint(encoder, CLIENT)
    encoding.writeVarUint(encoder, 1) // one range
    encoding.writeVarUint(encoder, 0) // clock
    encoding.writeVarUint(encoder, 0) // length
    const update = encoding.toUint8Array(encoder)
    expect(() => {
      applyUpdate(docWithText('hello'), update)
    }).toThrow()

    expect(rejectionCode(update)).toBe('SYNC_INVALID_UPDATE')
  })

  it('rejects random bytes', () => {
    const garbage = Uint8Array.from([3, 250, 17, 99, 0, 201, 45, 7, 128, 255, 1])
    expect(rejectionCode(garbage)).toBe('SYNC_INVALID_UPDATE')
  })
})
