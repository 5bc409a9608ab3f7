import { describe, expect, it } from 'vitest'
import { MATURITY_GRID } from './MATURITY_GRID.ts'
import type { MaturityAnswers, MaturityLevel } from './MaturityProfile.ts'
import { maturityProfile } from './profileOfAnswers.ts'

/** Answers giving each theme, in grid order, the levels listed for it. */
function answersOf(levelsByTheme: readonly (readonly MaturityLevel[])[]): MaturityAnswers {
  const answers: Record<string, MaturityLevel> = {}
  MATURITY_GRID.forEach((theme, themeIndex) => {
    theme.questions.forEach((question, questionIndex) => {
      const level = levelsByTheme[themeIndex]?.[questionIndex]
      if (level !== undefined) answers[question.id] = level
    })
  })
  return answers
}

const ALL: (level: MaturityLevel) => readonly MaturityLevel[] = (level) => [
  level,
  level,
  level,
  level,
  level,
]

describe('maturityProfile', () => {
  it('has every theme, unanswered, for empty answers', () => {
    const profile = maturityProfile({})
    expect(profile.complete).toBe(false)
    expect(profile.level).toBeNull()
    expect(profile.themes.map((theme) => theme.themeId)).toEqual(
      MATURITY_GRID.map((theme) => theme.id),
    )
    for (const theme of profile.themes) {
      expect(theme).toMatchObject({ average: null, level: null, answered: 0, total: 5 })
    }
  })

  it('averages a partly answered theme but gives it no level', () => {
    const profile = maturityProfile(answersOf([[3, 4]]))
    expect(profile.themes[0]).toMatchObject({ average: 3.5, level: null, answered: 2, total: 5 })
    expect(profile.level).toBeNull()
    expect(profile.complete).toBe(false)
  })

  it('gives a complete theme the floor of its average: 2.8 is level 2', () => {
    const profile = maturityProfile(answersOf([[3, 3, 3, 3, 2]]))
    expect(profile.themes[0]?.average).toBeCloseTo(2.8)
    expect(profile.themes[0]?.level).toBe(2)
    expect(profile.level).toBeNull()
  })

  it('gives the overall level once every question is answered', () => {
    const profile = maturityProfile(answersOf([ALL(3), ALL(3), ALL(2), ALL(4)]))
    expect(profile.complete).toBe(true)
    expect(profile.themes.map((theme) => theme.level)).toEqual([3, 3, 2, 4])
    expect(profile.level).toBe(3)
  })

  it('reaches a level held on average without rounding errors (2.8 and 3.2 average 3)', () => {
    const profile = maturityProfile(answersOf([[3, 3, 3, 3, 2], [3, 3, 3, 3, 4], ALL(3), ALL(3)]))
    expect(profile.themes.map((theme) => theme.level)).toEqual([2, 3, 3, 3])
    expect(profile.level).toBe(3)
  })

  it('never puts the whole more than one level above its weakest theme', () => {
    const profile = maturityProfile(answersOf([ALL(4), ALL(4), ALL(4), ALL(1)]))
    // Mean of the averages 3.25 would be level 3; the émergent theme caps it at 2.
    expect(profile.level).toBe(2)
    expect(maturityProfile(answersOf([ALL(4), ALL(4), ALL(4), ALL(4)])).level).toBe(4)
    expect(maturityProfile(answersOf([ALL(1), ALL(1), ALL(1), ALL(1)])).level).toBe(1)
  })

  it('ignores answers to questions the grid does not have', () => {
    const answers: MaturityAnswers = Object.fromEntries([
      ['question-inconnue', 4 as const],
      ['constructor', 4 as const],
    ])
    const profile = maturityProfile(answers)
    expect(profile.themes.every((theme) => theme.answered === 0)).toBe(true)
  })
})
