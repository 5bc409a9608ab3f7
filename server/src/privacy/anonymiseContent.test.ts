import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import type { ExchangeMessageView } from '@maillage/protocol'
import { DocumentRoot } from '@maillage/schema'
import { anonymiseContent } from './anonymiseContent.ts'
import { FORMER_MEMBER_IN_CONTENT } from './formerMember.ts'

const GONE = 'compte-parti'
const STAYS = 'compte-reste'

function message(id: string, authorId: string, mentioned: string[]): ExchangeMessageView {
  return {
    id,
    author: { id: authorId, name: authorId === GONE ? 'Nadia Benali' : 'Julien Roux' },
    at: '2026-12-01T10:00:00.000Z',
    content: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Bonjour ' },
            ...mentioned.map((person) => ({
              type: 'mention',
              attrs: { id: person, label: person === GONE ? 'Nadia Benali' : 'Julien Roux' },
            })),
          ],
        },
      ],
    },
    mentions: mentioned,
  }
}

function measurement(id: string, by: string): Y.Map<unknown> {
  const item = new Y.Map<unknown>()
  item.set('id', id)
  item.set('saisiePar', by)
  return item
}

describe('anonymiseContent', () => {
  it('renames the person in messages, mentions, wall notes and their measurements only', () => {
    const doc = new Y.Doc()
    doc
      .getArray<ExchangeMessageView>(DocumentRoot.Messages)
      .push([message('m1', GONE, [STAYS]), message('m2', STAYS, [GONE]), message('m3', STAYS, [])])
    const note = (authorId: string, authorName: string): Y.Map<unknown> => {
      const map = new Y.Map<unknown>()
      map.set('authorId', authorId)
      map.set('authorName', authorName)
      return map
    }
    doc.getArray(DocumentRoot.Wall).push([note(GONE, 'Nadia Benali'), note(STAYS, 'Julien Roux')])
    const indicator = new Y.Map<unknown>()
    indicator.set('id', 'indicateur-1')
    const measures = new Y.Array<unknown>()
    indicator.set('mesures', measures)
    measures.push([
      measurement('mesure-1', 'Nadia Benali'),
      measurement('mesure-2', 'Nadia Benali'),
    ])
    const indicators = new Y.Array<unknown>()
    indicators.push([indicator])
    doc.getMap(DocumentRoot.Fields).set('indicateurs', indicators)

    const person = {
      accountId: GONE,
      name: 'Nadia Benali',
      measurementIds: new Set(['mesure-1']),
    }
    expect(anonymiseContent(doc, person)).toBe(true)

    const [m1, m2, m3] = doc.getArray<ExchangeMessageView>(DocumentRoot.Messages).toArray()
    expect(m1?.author).toEqual({ id: GONE, name: FORMER_MEMBER_IN_CONTENT })
    expect(JSON.stringify(m1?.content)).toContain('"label":"Julien Roux"')
    expect(m2?.author.name).toBe('Julien Roux')
    expect(JSON.stringify(m2?.content)).toContain(`"label":"${FORMER_MEMBER_IN_CONTENT}"`)
    expect(m3).toEqual(message('m3', STAYS, []))
    const wall = doc.getArray<Y.Map<unknown>>(DocumentRoot.Wall).toArray()
    expect(wall.map((entry) => entry.get('authorName'))).toEqual([
      FORMER_MEMBER_IN_CONTENT,
      'Julien Roux',
    ])
    // Only the measurement the audit trail says they entered: a homonym's stays.
    expect(measures.toArray().map((item) => (item as Y.Map<unknown>).get('saisiePar'))).toEqual([
      FORMER_MEMBER_IN_CONTENT,
      'Nadia Benali',
    ])

    // Done twice, nothing more changes.
    expect(anonymiseContent(doc, person)).toBe(false)
  })
})
