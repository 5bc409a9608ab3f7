import * as Y from 'yjs'
import { connectDocumentClient, type DocumentClient } from './documentClient.ts'

/** Writers editing the document while the latency is measured. */
export const BACKGROUND_WRITERS = 20
/** Mean interval between two edits of one writer. */
export const WRITER_INTERVAL_MS = 500

/** The other people editing the document, each inserting a character every ~500 ms. */
export interface BackgroundWriters {
  readonly clients: readonly DocumentClient[]
  /** Characters inserted so far by all writers. */
  edits(): number
  /** Stops editing and disconnects every writer. */
  stop(): void
}

/**
 * Connects {@link BACKGROUND_WRITERS} y-websocket clients to the document and makes each insert one
 * letter at a random position of a random paragraph (never the first, the bench types there) every
 * {@link WRITER_INTERVAL_MS} ± 20 %, starting at a random phase. They run in this process: each
 * applies ~40 updates a second, a small load next to the browser and the server.
 */
export async function startBackgroundWriters(options: {
  syncUrl: string
  documentId: string
  cookie: string
  origin: string
}): Promise<BackgroundWriters> {
  const clients: DocumentClient[] = []
  const timers = new Set<NodeJS.Timeout>()
  let edits = 0
  let stopped = false
  for (let index = 0; index < BACKGROUND_WRITERS; index++) {
    const client = await connectDocumentClient(options)
    client.provider.awareness.setLocalStateField('user', {
      name: `Rédacteur ${index + 1}`,
      color: '#5c6bc0',
    })
    clients.push(client)
  }
  const schedule = (client: DocumentClient, delayMs: number): void => {
    const timer = setTimeout(() => {
      timers.delete(timer)
      if (stopped) return
      if (insertRandomLetter(client.body)) edits++
      schedule(client, WRITER_INTERVAL_MS * (0.8 + 0.4 * Math.random()))
    }, delayMs)
    timers.add(timer)
  }
  for (const client of clients) schedule(client, Math.random() * WRITER_INTERVAL_MS)
  return {
    clients,
    edits: () => edits,
    stop: () => {
      stopped = true
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      for (const client of clients) client.destroy()
    },
  }
}

function insertRandomLetter(body: Y.XmlFragment): boolean {
  if (body.length < 2) return false
  const paragraph = body.get(1 + Math.floor(Math.random() * (body.length - 1)))
  if (!(paragraph instanceof Y.XmlElement)) return false
  const text = paragraph.get(0)
  if (!(text instanceof Y.XmlText)) return false
  const letter = String.fromCharCode(97 + Math.floor(Math.random() * 26))
  text.insert(Math.floor(Math.random() * (text.length + 1)), letter)
  return true
}
