import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import type { CommentThreadView } from '@maillage/protocol'
import { AVIS_ADOPTION_META_KEY, DocumentRoot, readAvisAdoption } from '@maillage/schema'
import { anonymiseContent } from './anonymiseContent.ts'
import { FORMER_MEMBER_IN_CONTENT } from './formerMember.ts'

// The comments, suggestions and avis adoption of a deleted person, as `anonymiseContent` (the one
// entry `AccountDeletion` calls) renames them; someone else's stay as they were.

const GONE = { id: 'compte-parti', name: 'Nadia Benali' }
const STAYS = { id: 'compte-reste', name: 'Julien Roux' }
const PERSON = { accountId: GONE.id, name: GONE.name, measurementIds: new Set<string>() }
const AT = '2026-12-01T10:00:00.000Z'

function thread(id: string): CommentThreadView {
  return {
    id,
    anchor: { type: 'champ', field: 'objet' },
    status: 'resolu',
    resolvedBy: GONE,
    resolvedAt: AT,
    createdAt: AT,
    messages: [
      {
        id: 'c1',
        author: GONE,
        text: 'À revoir, @Julien Roux ?',
        createdAt: AT,
        mentions: [STAYS.id],
      },
      {
        id: 'c2',
        author: STAYS,
        text: 'Oui @Nadia Benali, je reprends.',
        createdAt: AT,
        mentions: [GONE.id],
      },
      {
        id: 'c3',
        author: STAYS,
        text: 'Nadia Benali sans arobase reste.',
        createdAt: AT,
        mentions: [],
      },
    ],
  }
}

function suggestion(id: string, author: { id: string; name: string }): Record<string, string> {
  return { id, authorId: author.id, authorName: author.name, at: AT }
}

describe('anonymiseContent: comments, suggestions, avis adoption', () => {
  it('renames their comments, their resolution and the mentions of them, nothing else', () => {
    const doc = new Y.Doc()
    doc.getMap(DocumentRoot.Comments).set('t1', thread('t1'))
    expect(anonymiseContent(doc, PERSON)).toBe(true)
    const written = doc.getMap<CommentThreadView>(DocumentRoot.Comments).get('t1')
    const former = { id: GONE.id, name: FORMER_MEMBER_IN_CONTENT }
    expect(written?.resolvedBy).toEqual(former)
    expect(written?.messages.map((message) => message.author)).toEqual([former, STAYS, STAYS])
    expect(written?.messages.map((message) => message.text)).toEqual([
      'À revoir, @Julien Roux ?',
      `Oui @${FORMER_MEMBER_IN_CONTENT}, je reprends.`,
      // Not a mention (none in `mentions`): the text is the author's, left as written.
      'Nadia Benali sans arobase reste.',
    ])
    expect(JSON.stringify(written)).not.toContain('@Nadia Benali')
    expect(anonymiseContent(doc, PERSON)).toBe(false)
  })

  it('formats their pending suggestions again with « ancien membre », text and ids kept', () => {
    const doc = new Y.Doc()
    const paragraph = new Y.XmlElement('paragraph')
    const text = new Y.XmlText()
    paragraph.insert(0, [text])
    const item = new Y.XmlElement('listItem')
    const nested = new Y.XmlText()
    item.insert(0, [nested])
    doc.getXmlFragment(DocumentRoot.Body).insert(0, [paragraph, item])
    // Written from the end: a text inserted at 0 takes no formatting from a neighbour.
    text.insert(0, 'retiré', { deletion: suggestion('s2', STAYS) })
    text.insert(0, ' et ')
    text.insert(0, 'ajouté', { insertion: suggestion('s1', GONE) })
    text.insert(0, 'Le texte ')
    nested.insert(0, 'ligne ôtée', { deletion: suggestion('s3', GONE) })

    expect(anonymiseContent(doc, PERSON)).toBe(true)
    expect(text.toDelta()).toEqual([
      { insert: 'Le texte ' },
      {
        insert: 'ajouté',
        attributes: {
          insertion: { ...suggestion('s1', GONE), authorName: FORMER_MEMBER_IN_CONTENT },
        },
      },
      { insert: ' et ' },
      { insert: 'retiré', attributes: { deletion: suggestion('s2', STAYS) } },
    ])
    expect(nested.toDelta()).toEqual([
      {
        insert: 'ligne ôtée',
        attributes: {
          deletion: { ...suggestion('s3', GONE), authorName: FORMER_MEMBER_IN_CONTENT },
        },
      },
    ])
    expect(JSON.stringify(doc.getXmlFragment(DocumentRoot.Body).toJSON())).not.toContain('Nadia')
    expect(anonymiseContent(doc, PERSON)).toBe(false)
  })

  it('renames them in the adoption of an avis: position, submission, adoption, approvers', () => {
    const doc = new Y.Doc()
    doc.getMap(DocumentRoot.Meta).set(AVIS_ADOPTION_META_KEY, {
      state: 'adopte',
      submittedVersionId: 'v1',
      submittedAt: AT,
      submittedBy: GONE,
      positions: [
        { account: GONE, position: 'approbation', comment: '', at: AT },
        { account: STAYS, position: 'objection', comment: 'Trop vague.', at: AT },
      ],
      adoptedAt: AT,
      adoptedBy: GONE,
      approvers: [GONE, STAYS],
      adoptedVersionId: 'v1',
    })
    expect(anonymiseContent(doc, PERSON)).toBe(true)
    const former = { id: GONE.id, name: FORMER_MEMBER_IN_CONTENT }
    const adoption = readAvisAdoption(doc.getMap(DocumentRoot.Meta).get(AVIS_ADOPTION_META_KEY))
    expect(adoption).toMatchObject({
      state: 'adopte',
      submittedBy: former,
      adoptedBy: former,
      approvers: [former, STAYS],
      positions: [
        { account: former, position: 'approbation' },
        { account: STAYS, position: 'objection', comment: 'Trop vague.' },
      ],
    })
    expect(anonymiseContent(doc, PERSON)).toBe(false)
  })

  it('leaves a document where they have no part untouched (no update at all)', () => {
    const doc = new Y.Doc()
    doc.getMap(DocumentRoot.Meta).set(AVIS_ADOPTION_META_KEY, { state: 'redaction', positions: [] })
    const before = Y.encodeStateVector(doc)
    expect(anonymiseContent(doc, PERSON)).toBe(false)
    expect(Y.encodeStateVector(doc)).toEqual(before)
  })
})
