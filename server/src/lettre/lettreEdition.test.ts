import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DocumentRoot } from '@maillage/schema'
import { contentFingerprint, isProofread, readLettreEdition } from './lettreEdition.ts'

function numero(): Y.Doc {
  const doc = new Y.Doc()
  doc.getText(DocumentRoot.Title).insert(0, 'Lettre d’information n° 1')
  const fields = doc.getMap<unknown>(DocumentRoot.Fields)
  fields.set('numero', 1)
  fields.set('statut', 'en-preparation')
  fields.set('dateParution', '')
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText('Bonjour')])
  doc.getXmlFragment(DocumentRoot.Body).insert(0, [paragraph])
  return doc
}

describe('the proof-reading of a numéro', () => {
  it('holds while only the workflow’s fields and meta change', () => {
    const doc = numero()
    doc.getMap(DocumentRoot.Meta).set('relecture', {
      at: '2026-12-07T09:00:00.000Z',
      byId: 'a1',
      byName: 'Camille Dupont',
      fingerprint: contentFingerprint(doc),
    })
    doc.getMap(DocumentRoot.Fields).set('dateParution', '2026-12-07')
    const state = readLettreEdition(doc)
    expect(state.numero).toBe(1)
    expect(state.proofreading?.byName).toBe('Camille Dupont')
    expect(isProofread(state)).toBe(true)
  })

  it('is lost when the body or the title changes after it', () => {
    const doc = numero()
    doc.getMap(DocumentRoot.Meta).set('relecture', {
      at: '2026-12-07T09:00:00.000Z',
      byId: 'a1',
      byName: 'Camille Dupont',
      fingerprint: contentFingerprint(doc),
    })
    const paragraph = doc.getXmlFragment(DocumentRoot.Body).get(0) as Y.XmlElement
    ;(paragraph.get(0) as Y.XmlText).insert(7, ' à tous')
    expect(isProofread(readLettreEdition(doc))).toBe(false)
  })

  it('is absent until recorded, and ignores a malformed record', () => {
    const doc = numero()
    expect(isProofread(readLettreEdition(doc))).toBe(false)
    doc.getMap(DocumentRoot.Meta).set('relecture', { at: 3 })
    expect(readLettreEdition(doc).proofreading).toBeNull()
  })
})
