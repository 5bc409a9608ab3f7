import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DocumentRoot } from '@maillage/schema'
import { notesOfColumn, readWall, readWallSettings } from './readWall.ts'
import { createWallGroup } from './wallActions.ts'

const AT = '2026-07-02T12:05:00.000Z'
const LATER = '2026-07-02T12:06:00.000Z'

/** A note as the server writes it: named, or anonymous (no author keys at all). */
function serverNote(
  doc: Y.Doc,
  note: { id: string; text: string; createdAt: string; author?: string; hidden?: boolean },
): void {
  const map = new Y.Map<unknown>()
  map.set('id', note.id)
  map.set('text', note.text)
  if (note.author === undefined) map.set('anonymous', true)
  else {
    map.set('authorId', `compte-${note.author}`)
    map.set('authorName', note.author)
  }
  map.set('groupId', '')
  map.set('createdAt', note.createdAt)
  if (note.hidden === true) map.set('hidden', true)
  doc.getArray(DocumentRoot.Wall).push([map])
}

function wallOf(doc: Y.Doc, withHidden = false) {
  return readWall(
    {
      wall: doc.getArray(DocumentRoot.Wall),
      wallGroups: doc.getArray(DocumentRoot.WallGroups),
      wallVotes: doc.getMap(DocumentRoot.WallVotes),
    },
    withHidden,
  )
}

describe('the wall of contributions', () => {
  it('reads named and anonymous notes, the server’s totals of dots, most voted first', () => {
    const doc = new Y.Doc()
    serverNote(doc, { id: 'a', text: 'Des navettes', createdAt: AT, author: 'Nadia Benali' })
    serverNote(doc, { id: 'b', text: 'Le permis à 1 €', createdAt: LATER })
    doc.getMap(DocumentRoot.WallVotes).set('b', 2)
    // A made-up total is not a count.
    doc.getMap(DocumentRoot.WallVotes).set('a', -4)

    expect(wallOf(doc).notes).toEqual([
      {
        id: 'b',
        text: 'Le permis à 1 €',
        authorId: '',
        authorName: '',
        anonymous: true,
        hidden: false,
        groupId: '',
        createdAt: LATER,
        voteCount: 2,
      },
      {
        id: 'a',
        text: 'Des navettes',
        authorId: 'compte-Nadia Benali',
        authorName: 'Nadia Benali',
        anonymous: false,
        hidden: false,
        groupId: '',
        createdAt: AT,
        voteCount: 0,
      },
    ])
  })

  it('counts the « +1 » of older walls with the dots', () => {
    const doc = new Y.Doc()
    serverNote(doc, { id: 'a', text: 'Une idée', createdAt: AT, author: 'Nadia Benali' })
    const votes = new Y.Map<boolean>()
    votes.set('compte-1', true)
    votes.set('compte-2', true)
    const note = doc.getArray<Y.Map<unknown>>(DocumentRoot.Wall).get(0)
    note.set('votes', votes)
    doc.getMap(DocumentRoot.WallVotes).set('a', 1)
    expect(wallOf(doc).notes[0]?.voteCount).toBe(3)
  })

  it('leaves hidden notes out, but for facilitators', () => {
    const doc = new Y.Doc()
    serverNote(doc, { id: 'a', text: 'Visible', createdAt: AT, author: 'Nadia Benali' })
    serverNote(doc, { id: 'b', text: 'Masquée', createdAt: AT, hidden: true })
    expect(wallOf(doc).notes.map((note) => note.id)).toEqual(['a'])
    expect(wallOf(doc, true).notes.map((note) => [note.id, note.hidden])).toEqual([
      ['a', false],
      ['b', true],
    ])
  })

  it('sorts notes into the groups people create, unknown groups as ungrouped', () => {
    const doc = new Y.Doc()
    const group = createWallGroup(doc, '  Mobilité  ')
    serverNote(doc, { id: 'a', text: 'Groupée', createdAt: AT, author: 'Nadia Benali' })
    serverNote(doc, { id: 'b', text: 'Perdue', createdAt: LATER, author: 'Nadia Benali' })
    const [first, second] = doc.getArray<Y.Map<unknown>>(DocumentRoot.Wall).toArray()
    first?.set('groupId', group)
    second?.set('groupId', 'groupe-supprime')
    const wall = wallOf(doc)
    expect(wall.groups).toEqual([{ id: group, label: 'Mobilité' }])
    expect(notesOfColumn(wall, group).map((note) => note.id)).toEqual(['a'])
    expect(notesOfColumn(wall, '').map((note) => note.id)).toEqual(['b'])
  })

  it('reads the settings the server writes, defaults for anything else', () => {
    const doc = new Y.Doc()
    const settings = doc.getMap<unknown>(DocumentRoot.WallSettings)
    expect(readWallSettings(settings)).toEqual({ anonymousAllowed: false, voteBudget: 3 })
    settings.set('anonymousAllowed', true)
    settings.set('voteBudget', 0)
    expect(readWallSettings(settings)).toEqual({ anonymousAllowed: true, voteBudget: 0 })
    settings.set('voteBudget', 99)
    expect(readWallSettings(settings).voteBudget).toBe(3)
  })
})
