import { getSchema } from '@tiptap/core'
import { createMessageExtensions } from '@maillage/editor'
import type { RichTextJson, RichTextMarkJson } from '@maillage/protocol'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import { EXCHANGE_MESSAGES } from './exchangeMessages.ts'

/** Longest text of a message, in UTF-16 units (mentions count their label). */
export const MAX_MESSAGE_TEXT_LENGTH = 20_000

/** Largest message, as JSON in UTF-8 bytes, before and after normalization. */
export const MAX_MESSAGE_JSON_BYTES = 64 * 1024

/** Deepest nesting of nodes (quotes and lists in one another); real messages stay under 10. */
export const MAX_MESSAGE_DEPTH = 32

/**
 * Most distinct people one message may mention: each is a notification, so a message may not
 * notify hundreds of people (a 64 KiB message holds about 700 mentions).
 */
export const MAX_MENTIONS_PER_MESSAGE = 20

// Lone surrogates, which the `u` flag makes the only code units in this range that match: they
// are no text, and UTF-8 encoders (the Y.Doc, the JSON files) replace or refuse them.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u

/** Schemes a link of a message may use: the web and e-mail, never `javascript:` or `data:`. */
const LINK_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:'])

// Immutable once built: the ProseMirror schema every client composes messages with.
const messageSchema = getSchema(createMessageExtensions())

/** A message checked by {@link parseMessageContent}. */
export interface ParsedMessage {
  /** The normalized JSON of the message (`node.toJSON()`), what is stored. */
  readonly content: RichTextJson
  /** Ids of the mention nodes, distinct, in order of appearance. */
  readonly mentionIds: readonly string[]
}

/**
 * Checks a posted message against the message schema of `@maillage/editor`: a `doc` of known
 * nodes and marks in a valid structure, some text or a mention, at most
 * {@link MAX_MESSAGE_TEXT_LENGTH} characters and {@link MAX_MESSAGE_JSON_BYTES} bytes, links to
 * http(s) or mailto only, no NUL character nor lone surrogate in any of its strings. Throws
 * `VALIDATION_FAILED` with a French message (also in `details.content`) naming what is wrong, or
 * `EXCHANGE_TOO_MANY_MENTIONS` past {@link MAX_MENTIONS_PER_MESSAGE} distinct people mentioned.
 */
export function parseMessageContent(input: unknown): ParsedMessage {
  if (byteLength(input) > MAX_MESSAGE_JSON_BYTES) refuse(EXCHANGE_MESSAGES.messageTooLarge)
  const walk: Walk = { textLength: 0, hasText: false, mentionIds: [] }
  const cleaned = readNode(input, 0, walk)
  if (cleaned.type !== 'doc') refuse(EXCHANGE_MESSAGES.messageNotDocument)
  if (walk.textLength > MAX_MESSAGE_TEXT_LENGTH) {
    refuse(EXCHANGE_MESSAGES.messageTooLong(MAX_MESSAGE_TEXT_LENGTH))
  }
  if (!walk.hasText && walk.mentionIds.length === 0) refuse(EXCHANGE_MESSAGES.messageEmpty)
  const mentionIds = [...new Set(walk.mentionIds)]
  if (mentionIds.length > MAX_MENTIONS_PER_MESSAGE) {
    const message = EXCHANGE_MESSAGES.tooManyMentions(MAX_MENTIONS_PER_MESSAGE)
    throw new AppError(ErrorCode.TooManyMentions, message, { details: { content: message } })
  }
  let content: RichTextJson
  try {
    const node = messageSchema.nodeFromJSON(cleaned)
    node.check()
    content = node.toJSON() as RichTextJson
  } catch (error) {
    // ProseMirror throws RangeError for a structure its schema refuses (text right in the doc…).
    if (error instanceof RangeError) refuse(EXCHANGE_MESSAGES.messageNotDocument, error)
    throw error
  }
  if (byteLength(content) > MAX_MESSAGE_JSON_BYTES) refuse(EXCHANGE_MESSAGES.messageTooLarge)
  if (hasBadCharacters(content)) refuse(EXCHANGE_MESSAGES.messageBadCharacters)
  return { content, mentionIds }
}

/** What reading the nodes gathers: text length, whether any text is not blank, mentions. */
interface Walk {
  textLength: number
  hasText: boolean
  mentionIds: string[]
}

/** A node keeping only the keys ProseMirror reads, its type and marks checked along the way. */
function readNode(value: unknown, depth: number, walk: Walk): RichTextJson {
  if (depth > MAX_MESSAGE_DEPTH) refuse(EXCHANGE_MESSAGES.messageTooLarge)
  if (!isRecord(value) || typeof value['type'] !== 'string') {
    refuse(EXCHANGE_MESSAGES.messageNotDocument)
  }
  const type = value['type']
  if (messageSchema.nodes[type] === undefined) refuse(EXCHANGE_MESSAGES.messageUnknownNode(type))
  const { attrs, content, marks, text } = value
  const node: { -readonly [K in keyof RichTextJson]: RichTextJson[K] } = { type }
  if (attrs !== undefined) node.attrs = readAttrs(attrs)
  if (type === 'mention') {
    const id = node.attrs?.['id']
    if (typeof id === 'string' && id !== '') walk.mentionIds.push(id)
    const label = node.attrs?.['label']
    walk.textLength += typeof label === 'string' ? label.length : 0
  }
  // Only text nodes carry text; ProseMirror ignores it elsewhere, so it is not counted there.
  if (type === 'text') {
    if (typeof text !== 'string') refuse(EXCHANGE_MESSAGES.messageNotDocument)
    node.text = text
    walk.textLength += text.length
    walk.hasText ||= text.trim() !== ''
  }
  if (marks !== undefined) {
    if (!Array.isArray(marks)) refuse(EXCHANGE_MESSAGES.messageNotDocument)
    node.marks = marks.map(readMark)
  }
  if (content !== undefined) {
    if (!Array.isArray(content)) refuse(EXCHANGE_MESSAGES.messageNotDocument)
    node.content = content.map((child) => readNode(child, depth + 1, walk))
  }
  return node
}

function readMark(value: unknown): RichTextMarkJson {
  if (!isRecord(value) || typeof value['type'] !== 'string') {
    refuse(EXCHANGE_MESSAGES.messageNotDocument)
  }
  const type = value['type']
  if (messageSchema.marks[type] === undefined) refuse(EXCHANGE_MESSAGES.messageUnknownNode(type))
  if (type !== 'link') {
    return value['attrs'] === undefined ? { type } : { type, attrs: readAttrs(value['attrs']) }
  }
  // Only the address is kept: target and rel come from the schema, never from the sender.
  const href = isRecord(value['attrs']) ? value['attrs']['href'] : undefined
  if (typeof href !== 'string' || !isAllowedLink(href)) {
    refuse(EXCHANGE_MESSAGES.messageBadLink(shorten(String(href))))
  }
  return { type, attrs: { href } }
}

function readAttrs(value: unknown): Readonly<Record<string, unknown>> {
  if (!isRecord(value)) refuse(EXCHANGE_MESSAGES.messageNotDocument)
  return value
}

function isAllowedLink(href: string): boolean {
  try {
    return LINK_PROTOCOLS.has(new URL(href).protocol)
  } catch {
    // Not an absolute URL (a relative path or garbage): refused like a bad scheme.
    return false
  }
}

/** Whether any string of `value` (text, mention, link…) holds a NUL character or a lone surrogate. */
function hasBadCharacters(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000') || LONE_SURROGATE.test(value)
  if (Array.isArray(value)) return value.some(hasBadCharacters)
  if (isRecord(value)) return Object.values(value).some(hasBadCharacters)
  return false
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function byteLength(value: unknown): number {
  // `undefined` (a body without content) has no JSON; a parsed body holds nothing else without.
  return value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value), 'utf8')
}

function shorten(text: string): string {
  return text.length <= 80 ? text : `${text.slice(0, 79)}…`
}

function refuse(message: string, cause?: unknown): never {
  throw new AppError(ErrorCode.ValidationFailed, message, {
    details: { content: message },
    ...(cause === undefined ? {} : { cause }),
  })
}
