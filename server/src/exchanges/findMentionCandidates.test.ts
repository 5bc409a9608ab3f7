import { describe, expect, it } from 'vitest'
import { findMentionCandidates } from './findMentionCandidates.ts'

const PEOPLE = [
  { id: 'nadia', name: 'Nadia Benali' },
  { id: 'helene', name: 'Hélène Morel' },
  { id: 'julien', name: 'Julien Lefebvre' },
  { id: 'aurelie', name: 'Aurélie Caron' },
  { id: 'camille', name: 'Camille Dupont' },
]

describe('findMentionCandidates', () => {
  it('matches without case or accents, names starting with the query first', () => {
    const found = findMentionCandidates(PEOPLE, 'HEL', 'personne')
    expect(found.map((person) => person.id)).toEqual(['helene'])
    expect(findMentionCandidates(PEOPLE, 'au', 'personne').map((person) => person.id)).toEqual([
      'aurelie',
    ])
    expect(findMentionCandidates(PEOPLE, 'lefèb', 'personne')).toEqual([
      { id: 'julien', name: 'Julien Lefebvre' },
    ])
    expect(findMentionCandidates(PEOPLE, 'zoé', 'personne')).toEqual([])
  })

  it('ranks a name starting with the query, then a word of it, then any part', () => {
    const people = [
      { id: 'contient', name: 'Anne Lemarchand' },
      { id: 'mot', name: 'Paul Marchand' },
      { id: 'debut', name: 'Marc Petit' },
    ]
    expect(findMentionCandidates(people, 'marc', 'x').map((person) => person.id)).toEqual([
      'debut',
      'mot',
      'contient',
    ])
  })

  it('never offers the asker, and at most 8 people', () => {
    expect(findMentionCandidates(PEOPLE, 'nadia', 'nadia')).toEqual([])
    const many = Array.from({ length: 12 }, (_, index) => ({
      id: `p${index}`,
      name: `Personne ${index}`,
    }))
    expect(findMentionCandidates(many, '', 'p0')).toHaveLength(8)
  })
})
