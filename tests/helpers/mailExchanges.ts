import { expect } from 'vitest'
import type { ApiClient, Credential } from './apiClient.ts'
import { messageContent } from './exchangeAuthorizationRows.ts'
import type { CapturedMail } from './smtpServer.ts'

// What the mail tests do through the échanges to make the server notify (and so mail) someone.

/** The demo space of the CLPE of Lille. */
const LILLE = 'clpe-59004'

/**
 * Opens a question of the CLPE `spaceId` (Lille's by default) titled `title`, as `credential`;
 * resolves to its id.
 */
export async function openThread(
  api: ApiClient,
  credential: Credential,
  title: string,
  spaceId = LILLE,
): Promise<string> {
  const response = await api.request<{ id: string }>('POST', '/api/echanges', {
    as: credential,
    body: {
      type: 'question',
      title,
      themes: ['formation'],
      territorySpaceIds: [spaceId],
      originSpaceId: spaceId,
      content: messageContent('Nos stagiaires abandonnent faute de mode de garde.'),
    },
  })
  expect(response.status, response.text).toBe(201)
  return response.body.id
}

/** Posts `text` in the thread, mentioning the accounts of `mentionIds`. */
export async function postMessage(
  api: ApiClient,
  credential: Credential,
  threadId: string,
  text: string,
  mentionIds: readonly string[] = [],
): Promise<void> {
  const mentions = mentionIds.map((id) => ({ type: 'mention', attrs: { id, label: id } }))
  const response = await api.request('POST', `/api/echanges/${threadId}/messages`, {
    as: credential,
    body: {
      content: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text }, ...mentions] }],
      },
    },
  })
  expect(response.status, response.text).toBe(201)
}

/** The value of header `name` of a captured mail, as text. */
export function headerOf(mail: CapturedMail, name: string): string {
  const value = mail.parsed.headers.get(name.toLowerCase())
  if (typeof value === 'string') return value
  // mailparser parses List-* headers into objects: the raw line is the reference.
  const line = mail.parsed.headerLines.find((found) => found.key === name.toLowerCase())
  return line === undefined ? '' : line.line.slice(line.line.indexOf(':') + 1).trim()
}
