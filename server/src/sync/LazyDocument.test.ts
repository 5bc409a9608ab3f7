import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { LazyDocument } from './LazyDocument.ts'

function storedDocument(text: string): Y.Doc {
  const doc = new Y.Doc()
  doc.getText('body').insert(0, text)
  return doc
}

function textOf(update: Uint8Array, base?: Y.Doc): string {
  const doc = base ?? new Y.Doc()
  Y.applyUpdate(doc, update)
  return doc.getText('body').toString()
}

describe('LazyDocument', () => {
  it('answers for a new document what Yjs would encode for it', () => {
    const lazy = new LazyDocument('new')
    expect(lazy.stateVector()).toEqual(Y.encodeStateVector(new Y.Doc()))
    const client = storedDocument('Brouillon hors ligne')
    expect(lazy.diff(Y.encodeStateVector(client))).toEqual(Y.encodeStateAsUpdate(new Y.Doc()))
  })

  it('answers for a document holding only pending structs with those structs', () => {
    const source = new Y.Doc()
    const updates: Uint8Array[] = []
    source.on('update', (update: Uint8Array) => updates.push(update))
    source.getText('body').insert(0, 'a')
    source.getText('body').insert(1, 'b')
    const lazy = new LazyDocument('pending')
    // The second insertion builds on the first, which never came: it waits, pending.
    Y.applyUpdate(lazy.doc, updates[1] as Uint8Array)
    expect(lazy.doc.store.clients.size).toBe(0)
    const answer = lazy.diff(Uint8Array.of(0))
    expect(answer).toEqual(Y.encodeStateAsUpdate(lazy.doc, Uint8Array.of(0)))
    const client = new Y.Doc()
    Y.applyUpdate(client, updates[0] as Uint8Array)
    Y.applyUpdate(client, answer)
    expect(client.getText('body').toString()).toBe('ab')
  })

  it('serves a new client from the stored bytes without building the live document', () => {
    const source = storedDocument('Diagnostic territorial de Lens')
    const lazy = new LazyDocument()
    lazy.setStored(Y.encodeStateAsUpdate(source), null)
    expect(lazy.stateVector()).toEqual(Y.encodeStateVector(source))
    expect(textOf(lazy.diff(new Uint8Array([0])))).toBe('Diagnostic territorial de Lens')
    expect(lazy.doc.getText('body').toString()).toBe('')
  })

  it('answers a client that has part of the document with only what it misses', () => {
    const source = storedDocument('Atouts')
    const client = new Y.Doc()
    Y.applyUpdate(client, Y.encodeStateAsUpdate(source))
    source.getText('body').insert(6, ', faiblesses')
    const lazy = new LazyDocument()
    lazy.setStored(Y.encodeStateAsUpdate(source), null)
    const missing = lazy.diff(Y.encodeStateVector(client))
    expect(missing.byteLength).toBeLessThan(Y.encodeStateAsUpdate(source).byteLength)
    expect(textOf(missing, client)).toBe('Atouts, faiblesses')
  })

  it('applies the stored state once when the live document is first needed', () => {
    const lazy = new LazyDocument()
    lazy.setStored(Y.encodeStateAsUpdate(storedDocument('Feuille de route 2026')), null)
    const doc = lazy.materialize()
    expect(doc.getText('body').toString()).toBe('Feuille de route 2026')
    doc.getText('body').insert(0, '« ')
    expect(lazy.materialize().getText('body').toString()).toBe('« Feuille de route 2026')
    expect(textOf(lazy.diff(new Uint8Array([0])))).toBe('« Feuille de route 2026')
    expect(textOf(lazy.encodeState().state)).toBe('« Feuille de route 2026')
  })

  it('answers a new client with the stored bytes themselves, and trusts a kept state vector', () => {
    const source = storedDocument('Synthèse AFOM')
    const stored = Y.encodeStateAsUpdate(source)
    const lazy = new LazyDocument()
    lazy.setStored(stored, Y.encodeStateVector(source))
    expect(lazy.diff(Y.encodeStateVector(new Y.Doc()))).toBe(stored)
    expect(lazy.stateVector()).toEqual(Y.encodeStateVector(source))
  })

  it('refuses stored bytes that are not a Yjs update', () => {
    expect(() => {
      new LazyDocument().setStored(Uint8Array.of(200, 1, 2, 3), null)
    }).toThrow()
  })
})
