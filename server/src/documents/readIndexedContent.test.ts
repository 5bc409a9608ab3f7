import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DocumentKind, DocumentRoot } from '@maillage/schema'
import { readIndexedContent } from './readIndexedContent.ts'

describe('readIndexedContent', () => {
  it('reads the title, the kind and the fields a document holds', () => {
    const doc = new Y.Doc()
    doc.getText(DocumentRoot.Title).insert(0, '  Forum emploi  ')
    doc.getMap(DocumentRoot.Meta).set('kind', DocumentKind.FicheAction)
    doc.getMap(DocumentRoot.Fields).set('statut', 'en-cours')
    expect(readIndexedContent(doc)).toEqual({
      title: 'Forum emploi',
      metaKind: DocumentKind.FicheAction,
      fields: { statut: 'en-cours' },
      fieldsTooDeep: false,
    })
  })

  it('reads the roots a document lacks as empty, without adding them to it', () => {
    const doc = new Y.Doc()
    doc.getText(DocumentRoot.Body).insert(0, 'texte')
    expect(readIndexedContent(doc)).toEqual({
      title: '',
      metaKind: null,
      fields: {},
      fieldsTooDeep: false,
    })
    expect([...doc.share.keys()]).toEqual([DocumentRoot.Body])
  })

  it('reads roots that arrived untyped in an update', () => {
    const source = new Y.Doc()
    source.getText(DocumentRoot.Title).insert(0, 'Diagnostic')
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(source))
    expect(readIndexedContent(doc).title).toBe('Diagnostic')
  })
})
