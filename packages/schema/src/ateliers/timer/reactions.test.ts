import { describe, expect, it } from 'vitest'
import { readRaisedHands } from './raisedHands.ts'
import { readReactions, visibleReactions } from './reactions.ts'

describe('reactions and raised hands as read from the Y.Doc', () => {
  it('shows a reaction for four seconds of the server’s clock', () => {
    const reactions = readReactions([
      { id: 'a', kind: 'bravo', at: 10_000 },
      { id: 'b', kind: 'inconnue', at: 10_000 },
      { id: 'c', kind: 'jaime', at: 'hier' },
      null,
      { id: 'd', kind: 'drole', at: 13_000 },
    ])
    expect(reactions.map((reaction) => reaction.id)).toEqual(['a', 'd'])
    expect(visibleReactions(reactions, 13_999).map((reaction) => reaction.id)).toEqual(['a', 'd'])
    expect(visibleReactions(reactions, 14_000).map((reaction) => reaction.id)).toEqual(['d'])
    expect(visibleReactions(reactions, 17_000)).toEqual([])
  })

  it('keeps the queue of hands in order, one per person', () => {
    const hands = readRaisedHands([
      { accountId: 'b', name: 'Bruno', raisedAt: '2026-12-07T13:00:01.000Z' },
      { accountId: 'a', name: 'Awa', raisedAt: '2026-12-07T13:00:02.000Z' },
      { accountId: 'b', name: 'Bruno', raisedAt: '2026-12-07T13:00:03.000Z' },
      { accountId: '', name: 'Personne', raisedAt: '2026-12-07T13:00:04.000Z' },
      'main',
    ])
    expect(hands.map((hand) => hand.name)).toEqual(['Bruno', 'Awa'])
  })
})
