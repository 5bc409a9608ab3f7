import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DocumentKind, DocumentRoot } from '@maillage/schema'
import type { RoomStoredEvent } from '../sync/RoomHooks.ts'
import { createScheduleChangeExtension } from './createScheduleChangeExtension.ts'

function storedEvent(doc: Y.Doc): RoomStoredEvent {
  const room = { id: 'doc-1' } as unknown as RoomStoredEvent['room']
  return { room, editorId: 'account-1', doc }
}

/** The extension over a watch that records the documents it is told of. */
function watchedExtension() {
  const noticed: string[] = []
  const extension = createScheduleChangeExtension(() => ({
    noticeSaved: (documentId) => {
      noticed.push(documentId)
      return Promise.resolve()
    },
  }))
  return { noticed, extension }
}

describe('createScheduleChangeExtension', () => {
  it('hands the details of a saved atelier to the watch', async () => {
    const { noticed, extension } = watchedExtension()
    const doc = new Y.Doc()
    doc.getMap(DocumentRoot.Meta).set('kind', DocumentKind.Atelier)
    await extension.onStored?.(storedEvent(doc))
    expect(noticed).toEqual(['doc-1'])
  })

  it('leaves a document without meta untouched and unnoticed', async () => {
    const { noticed, extension } = watchedExtension()
    const doc = new Y.Doc()
    doc.getText(DocumentRoot.Body).insert(0, 'texte')
    await extension.onStored?.(storedEvent(doc))
    expect(noticed).toEqual([])
    expect([...doc.share.keys()]).toEqual([DocumentRoot.Body])
  })
})
