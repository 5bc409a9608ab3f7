import { describe, expect, it } from 'vitest'
import { MATURITY_GRID } from './MATURITY_GRID.ts'
import { MATURITY_LEVEL_LABELS, MATURITY_LEVELS, isMaturityLevel } from './MaturityGrid.ts'

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u

describe('MATURITY_GRID', () => {
  const questions = MATURITY_GRID.flatMap((theme) => theme.questions)

  it('has the four national themes of five questions each', () => {
    expect(MATURITY_GRID.map((theme) => theme.label)).toEqual([
      'Dynamique de fonctionnement',
      'Socle commun',
      'Pilotage et impact',
      'Mutualisation et mise en visibilité des offres de services',
    ])
    for (const theme of MATURITY_GRID) expect(theme.questions).toHaveLength(5)
    expect(questions).toHaveLength(20)
  })

  it('has stable kebab-case ids, unique across themes and questions', () => {
    const ids = [...MATURITY_GRID.map((theme) => theme.id), ...questions.map((q) => q.id)]
    for (const id of ids) expect(id).toMatch(KEBAB)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('describes four distinct levels per question, in French typography', () => {
    for (const question of questions) {
      expect(new Set(question.levels).size, question.id).toBe(4)
      for (const text of [question.label, question.help, ...question.levels]) {
        expect(text.length).toBeGreaterThan(0)
        expect(text).not.toMatch(/'/u)
      }
      expect(question.help).toMatch(/\.$/u)
    }
  })

  it('runs the pilotage question from a logic of means to steering by impact', () => {
    const question = MATURITY_GRID.find((theme) => theme.id === 'pilotage-et-impact')?.questions[0]
    expect(question?.levels[0]).toMatch(/^Logique de moyens et d’activité/u)
    expect(question?.levels[3]).toBe(
      'Pilotage par l’impact : les actions sont réorientées ou arrêtées quand l’impact n’est pas au rendez-vous.',
    )
  })

  it('names the four levels', () => {
    expect(MATURITY_LEVELS.map((level) => MATURITY_LEVEL_LABELS[level])).toEqual([
      'Émergent',
      'En structuration',
      'Opérationnel et coordonné',
      'À impact démontré',
    ])
    expect(isMaturityLevel(2)).toBe(true)
    expect(isMaturityLevel(5)).toBe(false)
    expect(isMaturityLevel('2')).toBe(false)
  })
})
