import { describe, expect, it } from 'vitest'
import type { ExchangeSummaryView, TerritoryRefView } from '@maillage/protocol'
import { groupSynergies, type SynergyCandidate } from './groupSynergies.ts'

const TERRITORIES: readonly TerritoryRefView[] = [
  { spaceId: 'clpe-62005', name: 'CLPE Lens', departement: '62' },
  { spaceId: 'clpe-62002', name: 'CLPE Béthune', departement: '62' },
  { spaceId: 'clpe-59002', name: 'CLPE Douai', departement: '59' },
  { spaceId: 'clpe-59006', name: 'CLPE Valenciennes', departement: '59' },
  { spaceId: 'clpe-02003', name: 'CLPE Saint-Quentin', departement: '02' },
]
const BY_ID = new Map(TERRITORIES.map((territory) => [territory.spaceId, territory]))

function candidate(
  id: string,
  thread: Partial<ExchangeSummaryView>,
  raisedBy: readonly string[],
): SynergyCandidate {
  return {
    thread: {
      id,
      title: `Sujet ${id}`,
      type: 'remontee',
      status: 'ouvert',
      themes: ['mobilite'],
      territories: [],
      author: { id: 'compte', name: 'Julien Lefebvre' },
      createdAt: '2026-01-05T09:00:00.000Z',
      lastMessageAt: '2026-01-05T09:00:00.000Z',
      messageCount: 1,
      echoCount: raisedBy.length - 1,
      supraTerritorial: false,
      ...thread,
    },
    raisedBy,
  }
}

describe('groupSynergies', () => {
  it('flags a subject raised by exactly 3 CLPE as supra-territorial, not one raised by 2', () => {
    const view = groupSynergies(
      [
        candidate('trois', {}, ['clpe-62005', 'clpe-62002', 'clpe-59002']),
        candidate('deux', {}, ['clpe-59006', 'clpe-02003']),
      ],
      BY_ID,
    )
    expect(view.supraTerritorial.map((subject) => subject.thread.id)).toEqual(['trois'])
    const subjects = view.themes[0]?.subjects ?? []
    expect(subjects.map((subject) => [subject.thread.id, subject.supraTerritorial])).toEqual([
      ['trois', true],
      ['deux', false],
    ])
  })

  it('puts a thread of two themes in both, each theme listing its CLPE by département then name', () => {
    const view = groupSynergies(
      [
        candidate(
          'mobilite-logement',
          { themes: ['mobilite', 'logement'], lastMessageAt: '2026-01-09T10:00:00.000Z' },
          ['clpe-62005', 'clpe-59006'],
        ),
        candidate('logement', { themes: ['logement'] }, ['clpe-02003', 'clpe-59002']),
      ],
      BY_ID,
    )
    // Themes in the order of EXCHANGE_THEME_OPTIONS: mobilité comes before logement.
    expect(view.themes.map((theme) => theme.theme)).toEqual(['mobilite', 'logement'])
    expect(view.themes[0]?.label).toBe('Freins à la mobilité')
    expect(view.themes[1]?.subjects.map((subject) => subject.thread.id)).toEqual([
      'mobilite-logement',
      'logement',
    ])
    expect(view.themes[1]?.territories.map((territory) => territory.name)).toEqual([
      'CLPE Saint-Quentin',
      'CLPE Douai',
      'CLPE Valenciennes',
      'CLPE Lens',
    ])
  })

  it('counts a space once however often it appears, and ignores spaces that are not CLPE', () => {
    const view = groupSynergies(
      [candidate('doublons', {}, ['clpe-62005', 'clpe-62002', 'clpe-62005', 'core', 'core'])],
      BY_ID,
    )
    const [subject] = view.themes[0]?.subjects ?? []
    expect(subject?.raisedBy.map((territory) => territory.spaceId)).toEqual([
      'clpe-62005',
      'clpe-62002',
    ])
    expect(subject?.supraTerritorial).toBe(false)
    expect(view.supraTerritorial).toEqual([])
  })

  it('leaves questions and retours d’expérience out, however many CLPE they name', () => {
    const many = ['clpe-62005', 'clpe-62002', 'clpe-59002', 'clpe-59006']
    const view = groupSynergies(
      [
        candidate('question', { type: 'question' }, many),
        candidate('retour', { type: 'retour-experience' }, many),
        candidate('signal', { type: 'signal-faible', themes: ['emploi'] }, many),
      ],
      BY_ID,
    )
    expect(view.themes.map((theme) => theme.theme)).toEqual(['emploi'])
    expect(view.supraTerritorial.map((subject) => subject.thread.id)).toEqual(['signal'])
  })

  it('sorts subjects by number of CLPE, then by most recent activity', () => {
    const view = groupSynergies(
      [
        candidate('ancien', { lastMessageAt: '2026-01-01T08:00:00.000Z' }, ['clpe-62005']),
        candidate('large', {}, ['clpe-62005', 'clpe-62002', 'clpe-59002', 'clpe-59006']),
        candidate('recent', { lastMessageAt: '2026-02-01T08:00:00.000Z' }, ['clpe-59002']),
        candidate('moyen', {}, ['clpe-62005', 'clpe-62002', 'clpe-59002']),
      ],
      BY_ID,
    )
    expect(view.themes[0]?.subjects.map((subject) => subject.thread.id)).toEqual([
      'large',
      'moyen',
      'recent',
      'ancien',
    ])
    expect(view.supraTerritorial.map((subject) => subject.thread.id)).toEqual(['large', 'moyen'])
  })
})
