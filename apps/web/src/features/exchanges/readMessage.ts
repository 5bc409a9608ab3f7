import type { ExchangeMessageView, RichTextJson } from '@maillage/protocol'

const MAX_NAME_LENGTH = 120

/**
 * A message of a thread's Y.Doc (`messages` root) read as untrusted: the shape of
 * {@link ExchangeMessageView} with a parsable date and a rich-text document, or null. The server
 * alone writes there, but a Y.Doc is data from the network and the device's local copy.
 */
export function readMessage(value: unknown): ExchangeMessageView | null {
  if (!isRecord(value)) return null
  const { id, author, at, content, mentions } = value
  if (typeof id !== 'string' || id === '') return null
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) return null
  if (!isRecord(author) || typeof author.id !== 'string' || typeof author.name !== 'string') {
    return null
  }
  if (!isRecord(content) || content.type !== 'doc') return null
  const mentioned = Array.isArray(mentions)
    ? mentions.filter((entry): entry is string => typeof entry === 'string')
    : []
  return {
    id,
    author: { id: author.id, name: author.name.slice(0, MAX_NAME_LENGTH) },
    at,
    // The renderer checks the document against the message schema and refuses what does not fit.
    content: content as unknown as RichTextJson,
    mentions: mentioned,
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
