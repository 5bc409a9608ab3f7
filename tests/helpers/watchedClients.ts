import { expect } from 'vitest'
import type { ApiClient, SessionCredential } from './apiClient.ts'
import { LILLE } from './authorizationTable.ts'
import type { EventStream } from './eventStream.ts'
import { connectClient, whenSynced, type SyncClient } from './syncClient.ts'
import { waitFor } from './waitFor.ts'

// The y-websocket clients and event streams of the tests of sessions that end everywhere
// (sessionsEverywhere*.test.ts): each client records the close codes the server sent it.

/** A real y-websocket client of a document, and the close codes its connection received. */
export interface WatchedClient {
  readonly client: SyncClient
  /** Close codes received, in order; the client stops reconnecting after the first. */
  readonly closes: number[]
}

/** What one describe block opens and closes. */
export interface Opened {
  readonly clients: SyncClient[]
  readonly streams: EventStream[]
}

export async function openClient(
  opened: Opened,
  syncUrl: string,
  origin: string,
  documentId: string,
  credential: SessionCredential,
): Promise<WatchedClient> {
  const client = connectClient(syncUrl, documentId, {
    headers: { cookie: credential.cookie, origin },
  })
  opened.clients.push(client)
  const closes: number[] = []
  client.provider.on('connection-close', (event: { readonly code: number } | null) => {
    if (event !== null) closes.push(event.code)
    // Only what the server did counts: no reconnection after its close.
    client.provider.shouldConnect = false
  })
  await whenSynced(client)
  return { client, closes }
}

export function closedWith(watched: WatchedClient, timeoutMs = 5_000): Promise<number> {
  return waitFor(
    () => {
      const [code] = watched.closes
      if (code === undefined) throw new Error('the websocket is still open')
      return code
    },
    { timeoutMs },
  )
}

// The connection is open and the server still serves it: an edit comes back to a fresh client.
export async function expectStillServed(
  opened: Opened,
  watched: WatchedClient,
  open: (credential: SessionCredential) => Promise<WatchedClient>,
  credential: SessionCredential,
): Promise<void> {
  expect(watched.closes).toEqual([])
  expect(watched.client.provider.wsconnected).toBe(true)
  const marker = `toujours là ${String(opened.clients.length)}`
  watched.client.text.insert(0, marker)
  const reader = await open(credential)
  await waitFor(() => {
    expect(reader.client.text.toString()).toContain(marker)
  })
}

export async function createNote(
  api: ApiClient,
  credential: SessionCredential,
  title: string,
): Promise<string> {
  const created = await api.request<{ document: { id: string } }>(
    'POST',
    `/api/spaces/${LILLE}/documents`,
    { as: credential, body: { kind: 'note', title } },
  )
  expect(created.status).toBe(201)
  return created.body.document.id
}

export function closeAll(opened: Opened): void {
  for (const stream of opened.streams.splice(0)) stream.close()
  for (const client of opened.clients.splice(0)) client.destroy()
}
