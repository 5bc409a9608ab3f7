import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { documentFingerprint } from './documentFingerprint.ts'

function edited(): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  const body = doc.getText('body')
  body.insert(0, 'Diagnostic du territoire')
  body.insert(body.length, ' de Lens')
  body.delete(0, 11)
  doc.getMap('meta').set('status', 'brouillon')
  return { doc, updates }
}

describe('documentFingerprint', () => {
  it('is the same for the edits one by one, merged, and the encoded state', () => {
    const { doc, updates } = edited()
    const expected = documentFingerprint(updates)
    expect(documentFingerprint([Y.mergeUpdates(updates)])).toBe(expected)
    expect(documentFingerprint([Y.encodeStateAsUpdate(doc)])).toBe(expected)
    expect(documentFingerprint([...updates].reverse())).toBe(expected)
  })

  it('differs when an insertion is missing', () => {
    const { updates } = edited()
    expect(documentFingerprint(updates.slice(1))).not.toBe(documentFingerprint(updates))
  })

  it('differs when only a deletion is missing', () => {
    const { updates } = edited()
    const withoutDeletion = updates.filter((_, index) => index !== 2)
    expect(documentFingerprint(withoutDeletion)).not.toBe(documentFingerprint(updates))
  })
})
