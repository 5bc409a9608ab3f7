import type * as Y from 'yjs'
import type { ExchangeMessageView } from '@maillage/protocol'
import { DocumentRoot } from '@maillage/schema'
import type { ExchangeThread } from '../persistence/records/ExchangeThread.ts'

/** Names of the fields of the `discussion` kind the server mirrors from the thread's record. */
export const THREAD_FIELDS = {
  type: 'type',
  themes: 'themes',
  echoCount: 'nousAussi',
  status: 'statut',
} as const

/**
 * Appends a message to the thread's `messages` root: a Y.Array of plain JSON values shaped like
 * `ExchangeMessageView`, written by the server only, so every connected reader sees it live.
 * Returns the number of messages afterwards. Call inside `DocumentContent.change`.
 */
export function appendMessage(doc: Y.Doc, message: ExchangeMessageView): number {
  const messages = doc.getArray<ExchangeMessageView>(DocumentRoot.Messages)
  messages.push([message])
  return messages.length
}

/**
 * Mirrors into the `fields` root what readers should see change live: status, type and number of
 * « nous aussi ». Values already equal are not rewritten (no empty updates), so mirroring twice
 * is harmless. Returns whether any value changed. Call inside `DocumentContent.change`.
 */
export function mirrorThreadFields(
  doc: Y.Doc,
  thread: Pick<ExchangeThread, 'type' | 'status' | 'echoes'>,
): boolean {
  const fields = doc.getMap<unknown>(DocumentRoot.Fields)
  const mirrored: Readonly<Record<string, string | number>> = {
    [THREAD_FIELDS.type]: thread.type,
    [THREAD_FIELDS.status]: thread.status,
    [THREAD_FIELDS.echoCount]: thread.echoes.length,
  }
  let changed = false
  for (const [name, value] of Object.entries(mirrored)) {
    if (fields.get(name) === value) continue
    fields.set(name, value)
    changed = true
  }
  return changed
}
