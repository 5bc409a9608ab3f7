import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import {
  assertBoundedConflicts,
  countConflictSteps,
  MAX_CONFLICT_STEPS_PER_UPDATE,
} from './assertBoundedConflicts.ts'
import { UpdateShapeError, UpdateShapeErrorCode } from './UpdateShapeError.ts'

/** An update of `count` insertions at the start of the text `body`, each an item of its own. */
function insertionsAtStart(clientId: number, count: number): Uint8Array {
  const doc = new Y.Doc()
  doc.clientID = clientId
  const body = doc.getText('body')
  for (let index = 0; index < count; index++) body.insert(0, 'ab')
  return Y.encodeStateAsUpdate(doc)
}

function check(doc: Y.Doc, update: Uint8Array): void {
  assertBoundedConflicts(doc, Y.decodeUpdate(update).structs)
}

function codeOf(action: () => void): string | undefined {
  try {
    action()
  } catch (error) {
    if (error instanceof UpdateShapeError) return error.code
    throw error
  }
  return undefined
}

describe('assertBoundedConflicts', () => {
  it('refuses insertions that would each step over thousands of concurrent ones at the same place', () => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, insertionsAtStart(1, 1_000))
    // 1,000 × 1,000 steps: ten times the budget (and seconds of Yjs' conflict resolution).
    const attack = insertionsAtStart(2, 1_000)
    expect(
      codeOf(() => {
        check(doc, attack)
      }),
    ).toBe(UpdateShapeErrorCode.TooCostly)
  })

  it('lets the same insertions through when nothing concurrent lies where they go', () => {
    const doc = new Y.Doc()
    expect(
      codeOf(() => {
        check(doc, insertionsAtStart(1, 1_000))
      }),
    ).toBeUndefined()
    Y.applyUpdate(doc, insertionsAtStart(1, 1_000))
    // The same client continues: its items stand after what it already wrote.
    const more = new Y.Doc()
    more.clientID = 1
    Y.applyUpdate(more, Y.encodeStateAsUpdate(doc))
    const before = Y.encodeStateVector(more)
    for (let index = 0; index < 1_000; index++) more.getText('body').insert(0, 'cd')
    expect(
      codeOf(() => {
        check(doc, Y.encodeStateAsUpdate(more, before))
      }),
    ).toBeUndefined()
  })

  it('counts a concurrent paste at the start of a long list once, not once per item', () => {
    const doc = new Y.Doc()
    doc.clientID = 1
    // 20,000 paragraphs of the document: items Yjs cannot merge.
    const paragraphs = (count: number) =>
      Array.from({ length: count }, () => new Y.XmlElement('paragraph'))
    doc.getXmlFragment('body').insert(0, paragraphs(20_000))
    const paster = new Y.Doc()
    paster.clientID = 2
    // Pasted offline into the empty document, then sent: it starts the list where the 20,000 are.
    paster.getXmlFragment('body').insert(0, paragraphs(2_000))
    expect(20_000 * 2).toBeLessThan(MAX_CONFLICT_STEPS_PER_UPDATE)
    expect(
      codeOf(() => {
        check(doc, Y.encodeStateAsUpdate(paster))
      }),
    ).toBeUndefined()
  })

  it('lets ordinary typing between known items through', () => {
    const doc = new Y.Doc()
    const writer = new Y.Doc()
    writer.clientID = 7
    writer.getText('body').insert(0, 'Bonjour le monde')
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(writer))
    const before = Y.encodeStateVector(writer)
    writer.getText('body').insert(7, ' à tous,')
    expect(
      codeOf(() => {
        check(doc, Y.encodeStateAsUpdate(writer, before))
      }),
    ).toBeUndefined()
  })

  it('counts no step for typing inside text the document holds as one merged struct', () => {
    const writer = new Y.Doc()
    writer.clientID = 7
    const body = writer.getText('body')
    body.insert(0, 'Bonjour le monde')
    // Items after it, so that a walk from the wrong place would count them.
    for (let index = 0; index < 50; index++) body.insert(body.length, `${index}`, { bold: true })
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(writer))
    const before = Y.encodeStateVector(writer)
    // Origin and right origin inside the server's single 'Bonjour le monde' struct.
    body.insert(7, ' à tous,')
    const structs = Y.decodeUpdate(Y.encodeStateAsUpdate(writer, before)).structs
    expect(countConflictSteps(doc, structs, 1_000)).toBe(0)
  })

  it('counts the concurrent items an insertion steps over', () => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, insertionsAtStart(1, 30))
    // One insertion at the start of the empty text, under a higher client id: 30 items to pass.
    expect(countConflictSteps(doc, Y.decodeUpdate(insertionsAtStart(2, 1)).structs, 1_000)).toBe(30)
  })
})
