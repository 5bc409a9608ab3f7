import { randomUUID } from 'node:crypto'
import * as Y from 'yjs'
import { encodeSyncStep1, encodeUpdate, type Message } from '@maillage/protocol'
import type { Credential } from './apiClient.ts'
import { decodeText } from './decodeText.ts'
import { connectRawClient, type RawClient } from './rawClient.ts'
import { requestUpgrade } from './requestUpgrade.ts'
import type { TestServer } from './startServer.ts'
import { waitFor } from './waitFor.ts'

/** What a websocket client may do with a document: write, read, or the HTTP status of the refusal. */
export type SyncOutcome = 'write' | 'read' | number

/**
 * How a client presents a credential on the upgrade: a browser sends the session cookie with the
 * page's `Origin`; a script puts its access token in the query (`?token=`).
 */
export function syncCredentials(
  server: Pick<TestServer, 'httpUrl'>,
  credential: Credential | null,
): { headers: Record<string, string>; params: Record<string, string> } {
  if (credential === null) return { headers: {}, params: {} }
  if (credential.kind === 'token') return { headers: {}, params: { token: credential.secret } }
  return { headers: { cookie: credential.cookie, origin: server.httpUrl }, params: {} }
}

/** Opens a raw websocket to a document as `credential`; rejects if the upgrade is refused. */
export function connectRawClientAs(
  server: TestServer,
  documentId: string,
  credential: Credential | null,
): Promise<RawClient> {
  const { headers, params } = syncCredentials(server, credential)
  return connectRawClient(server.syncUrl, documentId, { params, socket: { headers } })
}

/**
 * Sends an edit, then asks the server for the whole document (sync step 1 with an empty state
 * vector): the server handles a connection's frames in order, so its answer shows whether the edit
 * was applied. True when it was.
 */
export async function tryToWrite(client: RawClient): Promise<boolean> {
  const marker = `sonde-${randomUUID()}`
  const edit = new Y.Doc()
  edit.getText('body').insert(0, marker)
  client.send(encodeUpdate(Y.encodeStateAsUpdate(edit)))
  edit.destroy()
  const answeredFrom = client.messages.length
  client.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())))
  const answer = await waitFor(() => {
    const found = client.messages.slice(answeredFrom).find(isSyncStep2)
    if (found === undefined) throw new Error('the server has not answered sync step 1 yet')
    return found
  })
  return decodeText([answer.update]).includes(marker)
}

/** What `credential` may do with a document over the websocket, found by trying. */
export async function probeSyncAccess(
  server: TestServer,
  documentId: string,
  credential: Credential | null,
): Promise<SyncOutcome> {
  const { headers, params } = syncCredentials(server, credential)
  const query = new URLSearchParams(params).toString()
  const path = `/sync/${encodeURIComponent(documentId)}${query === '' ? '' : `?${query}`}`
  const answer = await requestUpgrade(server.httpUrl, path, headers)
  if (answer.status !== 101) return answer.status
  const client = await connectRawClientAs(server, documentId, credential)
  try {
    return (await tryToWrite(client)) ? 'write' : 'read'
  } finally {
    await client.close()
  }
}

function isSyncStep2(message: Message): message is Extract<Message, { type: 'sync-step-2' }> {
  return message.type === 'sync-step-2'
}

/** Resolves with a raw client's close code once it closes; rejects if still open after `timeoutMs`. */
export function waitForClose(client: RawClient, timeoutMs = 1_000): Promise<number> {
  let code: number | undefined
  void client.closed.then((value) => {
    code = value
  })
  return waitFor(
    () => {
      if (code === undefined) throw new Error(`the socket is still open after ${timeoutMs} ms`)
      return code
    },
    { timeoutMs },
  )
}
