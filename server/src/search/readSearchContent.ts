import * as Y from 'yjs'
import { DocumentRoot } from '@maillage/schema'
import { readFieldsJson } from '../documents/readFieldsJson.ts'
import { MAX_ENTRY_TEXT_LENGTH } from './SearchIndex.ts'
import { lazyDateTimeFormat } from '../time/lazyIntl.ts'

/** What the search indexes of a document's content. */
export interface SearchContent {
  /** The co-edited title, trimmed (empty while being retyped: the record's title stands then). */
  readonly title: string
  /** Field values, rich text and messages as plain text, at most `MAX_ENTRY_TEXT_LENGTH` long. */
  readonly text: string
}

/** Deepest rich text or JSON followed: below, content is no text anyone reads. */
const MAX_DEPTH = 40

// Values of these keys in fields are identifiers and ordering, not words anyone searches.
const SKIPPED_KEYS: ReadonlySet<string> = new Set(['id', 'order', 'ficheId', 'documentId'])

// A date field (an atelier's, a fiche's deadline) holds `YYYY-MM-DD`: it is also indexed as
// people say it, so that « janvier » or « 12 janvier » finds it.
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/
const FRENCH_DATE = lazyDateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' })

/** `value`, followed by its French long form when it is a calendar date. */
function withFrenchDate(value: string): string {
  if (!CALENDAR_DATE.test(value)) return value
  const date = new Date(`${value}T00:00:00Z`)
  return Number.isNaN(date.getTime()) ? value : `${value} ${FRENCH_DATE.format(date)}`
}

/** Collects text up to the entry's bound, so a huge document is not read to its end. */
class BoundedText {
  readonly #parts: string[] = []
  #length = 0

  get full(): boolean {
    return this.#length >= MAX_ENTRY_TEXT_LENGTH
  }

  add(text: string): void {
    const trimmed = text.trim()
    if (trimmed === '' || this.full) return
    this.#parts.push(trimmed)
    this.#length += trimmed.length + 1
  }

  toString(): string {
    return this.#parts.join('\n').slice(0, MAX_ENTRY_TEXT_LENGTH)
  }
}

/**
 * Reads what the search indexes from a live Y.Doc: the title, then as text the values of
 * `fields` (prose, lists, dates: the description and dates of an atelier, the fields of a fiche),
 * the rich text of `body` and the messages of a thread of the échanges (`messages`). Synchronous:
 * call before the Y.Doc is destroyed. Never throws on content a client wrote.
 */
export function readSearchContent(doc: Y.Doc): SearchContent {
  const text = new BoundedText()
  addJsonText(text, readFieldsJson(doc.getMap(DocumentRoot.Fields)).fields, 0)
  addFragmentText(text, doc.getXmlFragment(DocumentRoot.Body), 0)
  for (const message of doc.getArray<unknown>(DocumentRoot.Messages).toArray()) {
    if (typeof message === 'object' && message !== null && 'content' in message) {
      addJsonText(text, message.content, 0)
    }
  }
  return { title: doc.getText(DocumentRoot.Title).toString().trim(), text: text.toString() }
}

/** Strings of plain JSON (fields, a message's rich text: its `text` and mentions' `label`). */
function addJsonText(text: BoundedText, value: unknown, depth: number): void {
  if (text.full || depth > MAX_DEPTH) return
  if (typeof value === 'string') {
    text.add(withFrenchDate(value))
    return
  }
  if (Array.isArray(value)) {
    for (const item of value) addJsonText(text, item, depth + 1)
    return
  }
  if (typeof value !== 'object' || value === null) return
  const record = value as Record<string, unknown>
  // Rich text JSON: its words are in `text` and `attrs.label`, its `type` names are not words.
  if (isRichTextNode(record)) {
    if (typeof record.text === 'string') text.add(record.text)
    const attrs = record.attrs
    if (typeof attrs === 'object' && attrs !== null && 'label' in attrs) {
      addJsonText(text, attrs.label, depth + 1)
    }
    addJsonText(text, record.content, depth + 1)
    return
  }
  for (const [key, item] of Object.entries(record)) {
    if (!SKIPPED_KEYS.has(key)) addJsonText(text, item, depth + 1)
  }
}

/** A node of rich text JSON (`{ type, attrs?, content?, text? }`), not a field's item. */
function isRichTextNode(record: Record<string, unknown>): boolean {
  if (typeof record.type !== 'string') return false
  return Array.isArray(record.content) || typeof record.text === 'string' || 'attrs' in record
}

/** The words of a Tiptap rich text, one block per line (text runs of one block joined). */
function addFragmentText(text: BoundedText, node: Y.XmlFragment | Y.XmlElement, depth: number) {
  if (text.full || depth > MAX_DEPTH) return
  let line = ''
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlText) {
      const delta = child.toDelta() as { insert?: unknown }[]
      for (const operation of delta) {
        if (typeof operation.insert === 'string') line += operation.insert
      }
    } else if (child instanceof Y.XmlElement) {
      text.add(line)
      line = ''
      addFragmentText(text, child, depth + 1)
    }
  }
  text.add(line)
}
