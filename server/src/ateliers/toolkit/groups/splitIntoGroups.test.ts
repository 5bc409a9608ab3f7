import { describe, expect, it } from 'vitest'
import { ErrorCode } from '../../../errors/AppError.ts'
import { chosenGroups, dealRandomly } from './splitIntoGroups.ts'

/** A deterministic stand-in for `Math.random`: the same sequence on every run. */
function sequence(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    return state / 2 ** 31
  }
}

describe('dealing participants into breakout groups', () => {
  it('deals everyone once into groups whose sizes differ by one at most, numbered in order', () => {
    const people = Array.from({ length: 23 }, (_, index) => `p${index}`)
    const groups = dealRandomly(people, ['Mobilité', 'Logement', 'Formation', 'Santé'], sequence(7))
    expect(groups.map((group) => `${group.n} ${group.name}`)).toEqual([
      '1 Mobilité',
      '2 Logement',
      '3 Formation',
      '4 Santé',
    ])
    expect(groups.map((group) => group.memberIds.length)).toEqual([6, 6, 6, 5])
    expect(groups.flatMap((group) => group.memberIds).sort()).toEqual([...people].sort())
  })

  it('shuffles: two seeds give two different deals, a repeated id is dealt once', () => {
    const people = Array.from({ length: 12 }, (_, index) => `p${index}`)
    const first = dealRandomly(people, ['A', 'B'], sequence(1))
    const second = dealRandomly(people, ['A', 'B'], sequence(2))
    expect(first[0]?.memberIds).not.toEqual(second[0]?.memberIds)
    const twice = dealRandomly(['a', 'a', 'b'], ['A', 'B'], sequence(3))
    expect(twice.flatMap((group) => group.memberIds).sort()).toEqual(['a', 'b'])
  })

  it('places the chosen seat holders, refusing a stranger or a person in two groups', () => {
    const seats = new Set(['a', 'b', 'c'])
    expect(chosenGroups([{ name: 'Un', memberIds: ['a', 'c'] }, { name: 'Deux' }], seats)).toEqual([
      { n: 1, name: 'Un', memberIds: ['a', 'c'] },
      { n: 2, name: 'Deux', memberIds: [] },
    ])
    expect(() => chosenGroups([{ name: 'Un', memberIds: ['z'] }], seats)).toThrow(
      expect.objectContaining({ code: ErrorCode.ValidationFailed }),
    )
    expect(() =>
      chosenGroups(
        [
          { name: 'Un', memberIds: ['a'] },
          { name: 'Deux', memberIds: ['a'] },
        ],
        seats,
      ),
    ).toThrow(expect.objectContaining({ code: ErrorCode.ValidationFailed }))
  })
})
