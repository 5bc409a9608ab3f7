import { describe, expect, it } from 'vitest'
import type { AtelierPoll } from '../../../persistence/records/AtelierPoll.ts'
import type { AtelierPollAnswer } from '../../../persistence/records/AtelierPollAnswer.ts'
import { compteRenduPollsSection } from './compteRenduPollsSection.ts'
import { tallyPoll } from './tallyPoll.ts'

const AT = '2026-12-03T13:00:00.000Z'

const quiz: AtelierPoll = {
  id: 'poll-1',
  atelierId: 'atelier-1',
  kind: 'single',
  question: 'Quel dispositif finance le permis des jeunes ?',
  options: [
    { id: 'o1', label: 'L’aide au permis', correct: true },
    { id: 'o2', label: 'Le compte épargne temps' },
  ],
  anonymous: false,
  position: 0,
  state: 'closed',
  revealed: true,
  launchedAt: AT,
  createdAt: AT,
  createdBy: 'account-claire',
}

const answer = (accountId: string, fields: Partial<AtelierPollAnswer>): AtelierPollAnswer => ({
  pollId: 'poll-1',
  atelierId: 'atelier-1',
  accountId,
  answeredAt: AT,
  ...fields,
})

const NAMES = new Map([
  ['karim', 'Karim Haddad'],
  ['lea', 'Léa Martin'],
  ['zoe', 'Zoé Petit'],
])

describe('tallyPoll', () => {
  it('counts each option, marks the right answer and names choosers of a named poll', () => {
    const results = tallyPoll(
      quiz,
      [
        answer('karim', { choices: ['o1'] }),
        answer('lea', { choices: ['o1'] }),
        answer('zoe', { choices: ['o2'] }),
      ],
      NAMES,
    )
    expect(results).toEqual({
      answerCount: 3,
      bars: [
        {
          key: 'o1',
          label: 'L’aide au permis',
          count: 2,
          correct: true,
          names: ['Karim Haddad', 'Léa Martin'],
        },
        { key: 'o2', label: 'Le compte épargne temps', count: 1, names: ['Zoé Petit'] },
      ],
      texts: [],
    })
  })

  it('never names anyone for an anonymous poll, whatever names it is given', () => {
    const open: AtelierPoll = { ...quiz, kind: 'open', options: [], anonymous: true }
    const results = tallyPoll(open, [answer('karim', { text: 'Un garage solidaire' })], NAMES)
    expect(results.texts).toEqual([{ text: 'Un garage solidaire' }])
    expect(JSON.stringify(results)).not.toContain('Karim')
  })

  it('counts a scale by level', () => {
    const scale: AtelierPoll = { ...quiz, kind: 'scale', options: [], anonymous: true }
    const results = tallyPoll(scale, [answer('karim', { value: 4 }), answer('lea', { value: 4 })])
    expect(results.bars.map((bar) => [bar.key, bar.count])).toEqual([
      ['1', 0],
      ['2', 0],
      ['3', 0],
      ['4', 2],
      ['5', 0],
    ])
  })
})

describe('compteRenduPollsSection', () => {
  it('writes the results as lists and the clouds as « mot (N) », without names', () => {
    const results = tallyPoll(quiz, [answer('karim', { choices: ['o1'] })], NAMES)
    const section = JSON.stringify(
      compteRenduPollsSection({
        polls: [{ poll: quiz, results }],
        clouds: [{ prompt: 'La mobilité en un mot', words: [{ word: 'Mobilité', count: 3 }] }],
      }),
    )
    expect(section).toContain('Sondages et quiz')
    expect(section).toContain('L’aide au permis : 1 (100 %) (bonne réponse)')
    expect(section).toContain('Le compte épargne temps : 0 (0 %)')
    expect(section).toContain('Nuages de mots')
    expect(section).toContain('Mobilité (3)')
    expect(section).not.toContain('Karim')
  })

  it('is empty when no poll was launched and no word sent', () => {
    expect(compteRenduPollsSection({ polls: [], clouds: [{ prompt: 'Vide', words: [] }] })).toEqual(
      [],
    )
  })
})
