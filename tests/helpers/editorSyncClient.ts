import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { webSocketClass } from './syncClient.ts'

/**
 * A y-websocket client in Node that sees a document as the web app's editor does: the Tiptap content
 * in the `body` Y.XmlFragment (paragraph elements holding text) and the title in the `title` Y.Text.
 */
export interface EditorSyncClient {
  readonly doc: Y.Doc
  readonly provider: WebsocketProvider
  readonly body: Y.XmlFragment
  readonly title: Y.Text
  /** The text of every paragraph of the body, in order. */
  paragraphs(): string[]
  /** Appends a paragraph holding `text` to the body, as one transaction. */
  appendParagraph(text: string): void
  destroy(): void
}

/**
 * Connects to `syncUrl` for `documentId` the way a signed-in browser does: `headers` carries its
 * `Cookie` and an `Origin` of the server's own, checked on the upgrade.
 */
export function connectEditorClient(
  syncUrl: string,
  documentId: string,
  headers: Record<string, string>,
): EditorSyncClient {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(syncUrl, documentId, doc, {
    WebSocketPolyfill: webSocketClass(headers),
    disableBc: true,
  })
  const body = doc.getXmlFragment('body')
  return {
    doc,
    provider,
    body,
    title: doc.getText('title'),
    paragraphs: () => body.toArray().map(textOf),
    appendParagraph: (text) => {
      const paragraph = new Y.XmlElement('paragraph')
      paragraph.insert(0, [new Y.XmlText(text)])
      body.insert(body.length, [paragraph])
    },
    destroy: () => {
      provider.destroy()
      doc.destroy()
    },
  }
}

/** Resolves once the provider has synced with the server. */
export function whenEditorSynced(client: EditorSyncClient, timeoutMs = 10_000): Promise<void> {
  if (client.provider.synced) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error('editor client did not sync in time'))
    }, timeoutMs)
    client.provider.once('sync', () => {
      clearTimeout(timer)
      resolve()
    })
  })
}

function textOf(node: Y.XmlElement | Y.XmlText | Y.XmlHook): string {
  if (node instanceof Y.XmlText) return node.toJSON()
  if (node instanceof Y.XmlElement) return node.toArray().map(textOf).join('')
  // Hooks hold no text.
  return ''
}
