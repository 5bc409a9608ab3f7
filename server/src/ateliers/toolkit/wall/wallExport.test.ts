import { describe, expect, it } from 'vitest'
import type { Wall, WallNote } from '../../readWall.ts'
import { wallNoteAuthor, wallNoteVotes } from './compteRenduWall.ts'
import { formatWallCsv } from './wallCsv.ts'
import { wallExportColumns } from './wallExportRows.ts'
import { escapeXml, formatWallSvg, wrapText } from './wallSvg.ts'

const note = (overrides: Partial<WallNote>): WallNote => ({
  id: 'n',
  text: 'Une idée',
  authorId: '',
  groupId: '',
  createdAt: '2026-12-03T13:05:00.000Z',
  voterIds: [],
  anonymous: false,
  hidden: false,
  dots: 0,
  ...overrides,
})

const WALL: Wall = {
  groups: [{ id: 'g', label: 'Transports & horaires' }],
  notes: [
    note({ id: 'a', text: 'Navettes', groupId: 'g', anonymous: true, dots: 2 }),
    note({ id: 'b', text: '=SOMME(A1)', authorId: 'nadia', dots: 1, voterIds: ['paul', 'x'] }),
    note({ id: 'c', text: 'Masquée', authorId: 'nadia', hidden: true }),
  ],
}
const PARTICIPANTS = new Map([
  ['nadia', 'Nadia Benali'],
  ['paul', 'Paul'],
])

describe('the wall as exported and drafted', () => {
  it('names authors and counts dots plus the old votes of participants', () => {
    expect(wallNoteAuthor(note({ anonymous: true, authorId: 'nadia' }), PARTICIPANTS)).toBe(
      'Anonyme',
    )
    expect(wallNoteAuthor(note({ authorId: 'inconnu' }), PARTICIPANTS)).toBe('')
    expect(wallNoteVotes(note({ dots: 2, voterIds: ['paul', 'x'] }), PARTICIPANTS)).toBe(3)
  })

  it('exports CSV for spreadsheets, hidden notes only for facilitators, formulas escaped', () => {
    const participants = formatWallCsv(wallExportColumns(WALL, PARTICIPANTS, false), false)
    expect(participants.split('\r\n')).toEqual([
      '\uFEFFNote;Groupe;Votes;Auteur;Créée le',
      'Navettes;Transports & horaires;2;Anonyme;03/12/2026 14:05',
      "'=SOMME(A1);Sans groupe;2;Nadia Benali;03/12/2026 14:05",
      '',
    ])
    const facilitators = formatWallCsv(wallExportColumns(WALL, PARTICIPANTS, true), true)
    expect(facilitators).toContain('Masquée;Sans groupe;0;Nadia Benali;03/12/2026 14:05;oui')
  })

  it('draws the groups as columns in SVG, every text escaped and wrapped', () => {
    const svg = formatWallSvg('Mur — <Atelier>', wallExportColumns(WALL, PARTICIPANTS, false))
    expect(svg).toContain('<title>Mur — &lt;Atelier&gt;</title>')
    expect(svg).toContain('Transports &amp; horaires (1)')
    expect(svg).toContain('Sans groupe (1)')
    expect(svg).toContain('Anonyme · 2 votes')
    expect(svg).not.toContain('Masquée')
    expect(escapeXml(`"'<&>`)).toBe('&quot;&apos;&lt;&amp;&gt;')
    expect(wrapText('un deux trois quatre', 9, 5)).toEqual(['un deux', 'trois', 'quatre'])
    expect(wrapText('x'.repeat(20), 8, 2)).toEqual(['xxxxxxxx', 'xxxxxxx…'])
  })
})
