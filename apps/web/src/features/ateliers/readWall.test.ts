import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DocumentRoot } from '@maillage/schema'
import { notesOfColumn, readWall } from './readWall.ts'
import {
  addWallNote,
  createWallGroup,
  moveWallNote,
  removeWallNote,
  toggleWallVote,
} from './wallActions.ts'

const NADIA = { id: 'compte-nadia', name: 'Nadia Benali' }
const JULIEN = { id: 'compte-julien', name: 'Julien Lefebvre' }
const AT = new Date('2026-07-02T12:05:00Z')
const LATER = new Date('2026-07-02T12:06:00Z')

function wallOf(doc: Y.Doc, accountId: string) {
  return readWall(doc.getArray(DocumentRoot.Wall), doc.getArray(DocumentRoot.WallGroups), accountId)
}

// Two participants' documents, each edited on its own, then exchanged both ways.
function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)))
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)))
}

describe('the wall of contributions', () => {
  it('reads the notes people add, with their author, ungrouped and without votes', () => {
    const doc = new Y.Doc()
    const id = addWallNote(doc, NADIA, '  Des navettes vers les zones d’activité  ', AT)
    expect(wallOf(doc, JULIEN.id)).toEqual({
      groups: [],
      notes: [
        {
          id,
          text: 'Des navettes vers les zones d’activité',
          authorId: NADIA.id,
          authorName: NADIA.name,
          groupId: '',
          createdAt: AT.toISOString(),
          voteCount: 0,
          votedByMe: false,
        },
      ],
    })
  })

  it('counts the votes two people cast at the same time, and sorts the most voted first', () => {
    const nadia = new Y.Doc()
    const julien = new Y.Doc()
    const first = addWallNote(nadia, NADIA, 'Première idée', AT)
    const second = addWallNote(nadia, NADIA, 'Seconde idée', LATER)
    exchange(nadia, julien)
    toggleWallVote(nadia, second, NADIA.id)
    toggleWallVote(julien, second, JULIEN.id)
    exchange(nadia, julien)

    const seen = wallOf(julien, JULIEN.id)
    expect(seen.notes.map((note) => [note.id, note.voteCount, note.votedByMe])).toEqual([
      [second, 2, true],
      [first, 0, false],
    ])
    expect(wallOf(nadia, NADIA.id)).toEqual({
      ...seen,
      notes: seen.notes.map((note) => ({ ...note, votedByMe: note.id === second })),
    })
  })

  it('sorts each column by votes, then from the oldest note', () => {
    const doc = new Y.Doc()
    const group = createWallGroup(doc, 'Mobilité')
    const minute = (n: number) => new Date(AT.getTime() + n * 60_000)
    // Added out of order: a participant whose note arrived late, written earlier.
    const late = addWallNote(doc, NADIA, 'Écrite à 12:08', minute(3))
    const early = addWallNote(doc, JULIEN, 'Écrite à 12:06', minute(1))
    const voted = addWallNote(doc, NADIA, 'Écrite à 12:09, votée', minute(4))
    const elsewhere = addWallNote(doc, JULIEN, 'Dans le groupe', minute(0))
    moveWallNote(doc, elsewhere, group)
    toggleWallVote(doc, voted, JULIEN.id)
    toggleWallVote(doc, elsewhere, NADIA.id)
    toggleWallVote(doc, elsewhere, JULIEN.id)

    const wall = wallOf(doc, NADIA.id)
    expect(notesOfColumn(wall, '').map((note) => note.id)).toEqual([voted, early, late])
    expect(notesOfColumn(wall, group).map((note) => note.id)).toEqual([elsewhere])
  })

  it('withdraws a vote when the same person votes again', () => {
    const doc = new Y.Doc()
    const id = addWallNote(doc, NADIA, 'Une idée', AT)
    toggleWallVote(doc, id, JULIEN.id)
    toggleWallVote(doc, id, JULIEN.id)
    expect(wallOf(doc, JULIEN.id).notes[0]).toMatchObject({ voteCount: 0, votedByMe: false })
  })

  it('moves notes into groups, and shows a note whose group is unknown as ungrouped', () => {
    const doc = new Y.Doc()
    const note = addWallNote(doc, NADIA, 'Mobilité', AT)
    const stray = addWallNote(doc, JULIEN, 'Logement', LATER)
    const group = createWallGroup(doc, ' Freins périphériques ')
    moveWallNote(doc, note, group)
    moveWallNote(doc, stray, 'groupe-disparu')
    const wall = wallOf(doc, NADIA.id)
    expect(wall.groups).toEqual([{ id: group, label: 'Freins périphériques' }])
    expect(wall.notes.map((entry) => [entry.text, entry.groupId])).toEqual([
      ['Mobilité', group],
      ['Logement', ''],
    ])
  })

  it('removes a note', () => {
    const doc = new Y.Doc()
    const id = addWallNote(doc, NADIA, 'À retirer', AT)
    addWallNote(doc, NADIA, 'À garder', LATER)
    removeWallNote(doc, id)
    expect(wallOf(doc, NADIA.id).notes.map((entry) => entry.text)).toEqual(['À garder'])
  })

  it('skips what a faulty client wrote and clips overlong texts', () => {
    const doc = new Y.Doc()
    const wall = doc.getArray<unknown>(DocumentRoot.Wall)
    const long = new Y.Map<unknown>()
    long.set('id', 'longue')
    long.set('text', 'x'.repeat(400))
    long.set('votes', 'pas une carte')
    const noId = new Y.Map<unknown>()
    noId.set('text', 'sans identifiant')
    wall.push(['une chaîne', 42, noId, long])
    doc.getArray<unknown>(DocumentRoot.WallGroups).push([{ id: 'objet-brut', label: 'x' }])

    const read = wallOf(doc, NADIA.id)
    expect(read.groups).toEqual([])
    expect(read.notes).toHaveLength(1)
    expect(read.notes[0]).toMatchObject({ id: 'longue', voteCount: 0, authorName: '' })
    expect(read.notes[0]?.text).toHaveLength(280)
  })
})
