import * as Y from 'yjs'
import type { ExchangeMessageView, RichTextJson } from '@maillage/protocol'
import { DocumentRoot } from '@maillage/schema'
import { anonymiseAdoption } from './anonymiseAdoption.ts'
import { anonymiseComments } from './anonymiseComments.ts'
import { anonymiseSuggestions } from './anonymiseSuggestions.ts'
import { FORMER_MEMBER_IN_CONTENT } from './formerMember.ts'

/** What of a deleted account {@link anonymiseContent} looks for in a Y.Doc. */
export interface AnonymisedPerson {
  readonly accountId: string
  /** Their name before the deletion: how comments mention them (`@Name` in the text). */
  readonly name: string
  /** Ids of the measurements they entered (from the audit trail: `saisiePar` is a bare name). */
  readonly measurementIds: ReadonlySet<string>
}

/**
 * Replaces the name of a deleted person in a document's content by « ancien membre »: the author
 * of their messages and the label of their mentions in a thread's `messages`, the author of their
 * notes on an atelier's wall, `saisiePar` of the measurements they entered in a fiche's
 * indicators, their comments (`anonymiseComments`), their pending suggestions in the rich text
 * (`anonymiseSuggestions`) and their part in an avis's adoption (`anonymiseAdoption`). Values
 * already anonymised are left alone; returns whether anything changed. Read with it first (a
 * throw-away copy) to know whether a change is needed at all; call it inside
 * `DocumentContent.change` to write.
 */
export function anonymiseContent(doc: Y.Doc, person: AnonymisedPerson): boolean {
  const messages = anonymiseMessages(doc, person.accountId)
  const wall = anonymiseWall(doc, person.accountId)
  const measurements =
    person.measurementIds.size > 0 &&
    anonymiseMeasurements(doc.getMap<unknown>(DocumentRoot.Fields), person.measurementIds)
  const comments = anonymiseComments(doc, person)
  const suggestions = anonymiseSuggestions(doc, person.accountId)
  const adoption = anonymiseAdoption(doc, person.accountId)
  return messages || wall || measurements || comments || suggestions || adoption
}

function anonymiseMessages(doc: Y.Doc, accountId: string): boolean {
  const messages = doc.getArray<ExchangeMessageView>(DocumentRoot.Messages)
  let changed = false
  messages.toArray().forEach((message, index) => {
    const next = anonymiseMessage(message, accountId)
    if (next === message) return
    // The messages are plain JSON values: one is replaced where it stands.
    messages.delete(index, 1)
    messages.insert(index, [next])
    changed = true
  })
  return changed
}

function anonymiseMessage(message: ExchangeMessageView, accountId: string): ExchangeMessageView {
  const authored = message.author.id === accountId
  const renamed = authored && message.author.name !== FORMER_MEMBER_IN_CONTENT
  const mentioned = message.mentions.includes(accountId)
  const content = mentioned ? relabelMentions(message.content, accountId) : message.content
  if (!renamed && content === message.content) return message
  return {
    ...message,
    author: authored ? { id: accountId, name: FORMER_MEMBER_IN_CONTENT } : message.author,
    content,
  }
}

// A new value only where a mention of the account had another label, the same value otherwise.
function relabelMentions(node: RichTextJson, accountId: string): RichTextJson {
  if (node.type === 'mention' && node.attrs?.['id'] === accountId) {
    if (node.attrs['label'] === FORMER_MEMBER_IN_CONTENT) return node
    return { ...node, attrs: { ...node.attrs, label: FORMER_MEMBER_IN_CONTENT } }
  }
  if (node.content === undefined) return node
  const children = node.content.map((child) => relabelMentions(child, accountId))
  return children.every((child, index) => child === node.content?.[index])
    ? node
    : { ...node, content: children }
}

function anonymiseWall(doc: Y.Doc, accountId: string): boolean {
  let changed = false
  for (const note of doc.getArray<unknown>(DocumentRoot.Wall).toArray()) {
    if (!(note instanceof Y.Map) || note.get('authorId') !== accountId) continue
    if (note.get('authorName') === FORMER_MEMBER_IN_CONTENT) continue
    note.set('authorName', FORMER_MEMBER_IN_CONTENT)
    changed = true
  }
  return changed
}

// Walks the fields' lists (indicators and their `mesures`) down to the items of those ids.
function anonymiseMeasurements(container: Y.Map<unknown>, ids: ReadonlySet<string>): boolean {
  let changed = false
  for (const value of container.values()) {
    if (!(value instanceof Y.Array)) continue
    for (const item of value.toArray() as unknown[]) {
      if (!(item instanceof Y.Map)) continue
      const map = item as Y.Map<unknown>
      const id = map.get('id')
      if (typeof id === 'string' && ids.has(id) && map.has('saisiePar')) {
        if (map.get('saisiePar') !== FORMER_MEMBER_IN_CONTENT) {
          map.set('saisiePar', FORMER_MEMBER_IN_CONTENT)
          changed = true
        }
      } else if (anonymiseMeasurements(map, ids)) {
        changed = true
      }
    }
  }
  return changed
}
