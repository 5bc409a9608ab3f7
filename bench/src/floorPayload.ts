import * as Y from 'yjs'
import { now } from './clock.ts'
import { writeStamp } from './stamp.ts'

/** Bytes of the y-websocket header of an update frame: message type, sync type, length. */
const UPDATE_FRAME_HEADER_BYTES = 3

/**
 * Size of the websocket frame a Yjs client sends for one marked edit appended to a text it
 * already wrote to: the floor relay's raw clients send opaque frames of this size, so the
 * transport carries the same bytes.
 */
export function markedEditFrameBytes(): number {
  const doc = new Y.Doc()
  const text = doc.getText('body')
  text.insert(0, writeStamp({ clientId: 123, sequence: 4566, sentAt: now() }))
  let updateBytes = 0
  doc.on('update', (update: Uint8Array) => {
    updateBytes = update.byteLength
  })
  text.insert(text.length, writeStamp({ clientId: 123, sequence: 4567, sentAt: now() }))
  doc.destroy()
  return updateBytes + UPDATE_FRAME_HEADER_BYTES
}
