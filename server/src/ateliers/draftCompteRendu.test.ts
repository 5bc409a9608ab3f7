import { getSchema } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createContentExtensions } from '@maillage/editor'
import type { RichTextJson } from '@maillage/protocol'
import { DocumentRoot, atelierKind } from '@maillage/schema'
import { initializeFields } from '../documents/initializeFields.ts'
import { writeTemplate } from '../documents/writeTemplate.ts'
import { readAtelierDetails } from './atelierDetails.ts'
import { draftCompteRendu } from './draftCompteRendu.ts'
import { readWall } from './readWall.ts'
import { readGroupWork } from './toolkit/groups/readGroupWork.ts'
import { richTextOfFragment } from './richTextOfFragment.ts'
import { writeAtelierContent } from './writeAtelierContent.ts'
import { writeRichText } from '../documents/writeRichText.ts'

const NOTES: RichTextJson = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'À retenir' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: '120 recrutements ' },
        { type: 'text', text: 'prévus', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' d’ici 2027, ' },
        {
          type: 'text',
          text: 'voir l’étude',
          marks: [{ type: 'link', attrs: { href: 'https://c2rp.example' } }],
        },
      ],
    },
  ],
}

function note(fields: Record<string, unknown>, voters: readonly string[] = []): Y.Map<unknown> {
  const map = new Y.Map<unknown>()
  for (const [key, value] of Object.entries(fields)) map.set(key, value)
  const votes = new Y.Map<boolean>()
  for (const voter of voters) votes.set(voter, true)
  map.set('votes', votes)
  return map
}

function group(id: string, label: string): Y.Map<unknown> {
  const map = new Y.Map<unknown>()
  map.set('id', id)
  map.set('label', label)
  return map
}

/** An atelier's Y.Doc after its session: agenda, notes, and a wall as browsers write it. */
function atelierDoc(): Y.Doc {
  const doc = new Y.Doc()
  doc.transact(() => {
    doc.getText(DocumentRoot.Title).insert(0, 'Filières REV3')
    initializeFields(doc.getMap(DocumentRoot.Fields), atelierKind)
    doc.getMap(DocumentRoot.Fields).set('date', '2026-07-02')
    doc.getMap(DocumentRoot.Fields).set('heure', '14:00')
    writeAtelierContent(doc, {
      agenda: [
        { titre: 'Accueil', duree: 10, intervenant: 'C2RP' },
        // A point being added, its title not typed yet.
        { titre: ' ', duree: 5, intervenant: 'C2RP' },
        { titre: 'Étude prospective', duree: 40, intervenant: '' },
      ],
      resources: [
        { titre: 'Étude REV3', lien: 'https://c2rp.example/rev3' },
        { titre: '', lien: 'https://c2rp.example/sans-titre' },
      ],
      replayLink: 'https://replay.example/rev3',
    })
    writeRichText(doc.getXmlFragment(DocumentRoot.Body), NOTES)
    doc.getArray(DocumentRoot.WallGroups).push([group('g1', 'Formation'), new Y.Map(), 'bruit'])
    doc
      .getArray(DocumentRoot.Wall)
      .push([
        note({ id: 'n1', text: 'Former les tuteurs', groupId: 'g1', authorId: 'b' }, ['a']),
        note({ id: 'n2', text: 'Ouvrir des places en CAP', groupId: 'g1' }, ['a', 'b', 'c']),
        note({ id: 'n3', text: '  Mobilité des jeunes  ', groupId: '' }),
        note({ id: 'n4', text: 'Groupe disparu', groupId: 'supprime' }, ['a', 'b']),
        note({ id: 'n5', text: 'x'.repeat(400), groupId: '' }),
        note({ id: '', text: 'Sans identifiant' }),
        note({ id: 'n6', text: 42 }),
        note({ id: 'n1', text: 'Doublon', groupId: '' }),
        'pas une note',
      ])
  })
  return doc
}

function textOf(node: RichTextJson): string {
  return (node.text ?? '') + (node.content ?? []).map(textOf).join('\n')
}

describe('reading the wall', () => {
  it('skips malformed entries, clips texts and reads notes of unknown groups as ungrouped', () => {
    const wall = readWall(atelierDoc())
    expect(wall.groups).toEqual([{ id: 'g1', label: 'Formation' }])
    expect(wall.notes.map((entry) => [entry.id, entry.groupId, entry.voterIds])).toEqual([
      ['n1', 'g1', ['a']],
      ['n2', 'g1', ['a', 'b', 'c']],
      ['n3', '', []],
      ['n4', '', ['a', 'b']],
      ['n5', '', []],
    ])
    expect(wall.notes[0]?.authorId).toBe('b')
    expect(wall.notes[2]?.text).toBe('Mobilité des jeunes')
    expect(wall.notes[4]?.text).toHaveLength(280)
  })
})

/** Seat holders and facilitators by account id, as the server looks them up. */
const PARTICIPANTS = new Map([
  ['a', 'Nadia Benali'],
  ['b', 'Julien Lefebvre'],
  ['c', 'Camille Dupont'],
])

function draftOf(doc: Y.Doc): RichTextJson {
  return draftCompteRendu({
    details: readAtelierDetails(doc, ''),
    attendees: ['Julien Lefebvre', 'Nadia Benali'],
    notes: richTextOfFragment(doc.getXmlFragment(DocumentRoot.Body)),
    wall: readWall(doc),
    participants: PARTICIPANTS,
    groups: readGroupWork(doc),
    polls: { polls: [], clouds: [] },
  })
}

describe('drafting the compte rendu', () => {
  const doc = atelierDoc()
  const draft = draftOf(doc)
  const blocks = draft.content ?? []
  const headings = blocks.filter((block) => block.type === 'heading').map(textOf)

  it('has the facts, attendees, agenda, notes, wall and resources in that order', () => {
    expect(headings).toEqual([
      'L’atelier',
      'Participants (2)',
      'Déroulé',
      'Notes partagées',
      'À retenir',
      'Mur des contributions',
      'Formation',
      'Sans groupe',
      'Ressources',
    ])
    const text = textOf(draft)
    expect(text).toContain('Date : jeudi 2 juillet 2026 à 14:00')
    expect(text).toContain('Nadia Benali')
    expect(text).toContain('Étude prospective — 40 min')
    expect(text).toContain('Replay : ')
  })

  it('leaves out agenda points and resources without a title', () => {
    const agenda = blocks[blocks.findIndex((block) => textOf(block) === 'Déroulé') + 1]
    expect(textOf(agenda ?? draft).split('\n')).toEqual([
      'Accueil — 10 min — C2RP',
      'Étude prospective — 40 min',
    ])
    expect(JSON.stringify(draft)).not.toContain('sans-titre')
  })

  it('leaves out the sections of the notes’ template nobody wrote in', () => {
    const templated = new Y.Doc()
    templated.transact(() => {
      writeTemplate(templated.getXmlFragment(DocumentRoot.Body), atelierKind.template)
    })
    const notes = (draftOf(templated).content ?? []).map(textOf)
    expect(notes.slice(notes.indexOf('Notes partagées') + 1)[0]).toBe('Aucune note.')
    expect(notes).not.toContain('Ce que nous retenons')
  })

  it('copies the notes with their marks, headings one level down', () => {
    const notesHeading = blocks.find((block) => textOf(block) === 'À retenir')
    expect(notesHeading?.attrs).toEqual({ level: 3 })
    const paragraph = blocks[blocks.indexOf(notesHeading ?? draft) + 1]
    expect(paragraph?.content?.[1]).toEqual({
      type: 'text',
      text: 'prévus',
      marks: [{ type: 'bold' }],
    })
    expect(paragraph?.content?.[3]?.marks).toEqual([
      { type: 'link', attrs: { href: 'https://c2rp.example' } },
    ])
  })

  it('lists each group’s notes most voted first, ungrouped notes last', () => {
    const start = blocks.findIndex((block) => textOf(block) === 'Formation')
    expect(textOf(blocks[start + 1] ?? draft).split('\n')).toEqual([
      'Ouvrir des places en CAP (3 votes)',
      'Former les tuteurs — Julien Lefebvre (1 vote)',
    ])
    expect(textOf(blocks[start + 3] ?? draft).split('\n')[0]).toBe('Groupe disparu (2 votes)')
  })

  it('counts only the votes of participants and names only participants, by their real name', () => {
    const forged = new Y.Doc()
    forged.getArray(DocumentRoot.Wall).push([
      // Browsers write the wall: a note may claim anyone as author, and votes of made-up ids.
      note({ id: 'f1', text: 'Bourrage', authorId: 'intrus', authorName: 'Claire Martin' }, [
        'intrus',
        'faux-1',
        'faux-2',
        'a',
      ]),
      note({ id: 'f2', text: 'Idée de Nadia', authorId: 'a', authorName: 'Quelqu’un' }, ['b', 'c']),
      note({ id: 'f3', text: 'Sans auteur', authorName: 'Nadia Benali' }, ['c']),
    ])
    const items = (draftOf(forged).content ?? [])
      .filter((block) => block.type === 'bulletList')
      .map(textOf)
      .find((list) => list.includes('Bourrage'))
    expect(items?.split('\n')).toEqual([
      'Idée de Nadia — Nadia Benali (2 votes)',
      'Bourrage (1 vote)',
      'Sans auteur (1 vote)',
    ])
  })

  it('is a valid document of the editor’s schema', () => {
    const schema = getSchema(createContentExtensions())
    expect(() => {
      schema.nodeFromJSON(draft).check()
    }).not.toThrow()
  })

  it('survives the round trip through a Y.XmlFragment', () => {
    const target = new Y.Doc()
    const fragment = target.getXmlFragment(DocumentRoot.Body)
    target.transact(() => {
      writeRichText(fragment, draft)
    })
    expect(richTextOfFragment(fragment)).toEqual(draft)
  })
})
