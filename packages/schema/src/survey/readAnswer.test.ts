import { describe, expect, it } from 'vitest'
import { readAnswer } from './readAnswer.ts'
import type { SurveyDefinition } from './SurveyQuestion.ts'

const survey: SurveyDefinition = {
  title: 'Enquête',
  introduction: '',
  questions: [
    { id: 'note', kind: 'likert', label: 'Note', required: true },
    {
      id: 'choix',
      kind: 'single',
      label: 'Choix',
      options: [
        { value: 'a', label: 'A' },
        { value: 'b', label: 'B' },
      ],
      required: true,
    },
    {
      id: 'coches',
      kind: 'multiple',
      label: 'Coches',
      options: [
        { value: 'x', label: 'X' },
        { value: 'y', label: 'Y' },
      ],
      required: false,
    },
    { id: 'texte', kind: 'text', label: 'Texte', required: false },
  ],
}

describe('readAnswer', () => {
  it('reads each kind as stored in a fields map', () => {
    const read = readAnswer(survey, {
      note: 4,
      choix: 'b',
      coches: { y: true, x: false },
      texte: 'Un avis',
    })
    expect(read.values).toEqual({ note: 4, choix: 'b', coches: ['y'], texte: 'Un avis' })
    expect(read.problems).toEqual([])
    expect(read.missing).toEqual([])
  })

  it('accepts a Likert level written as a string', () => {
    expect(readAnswer(survey, { note: '5', choix: 'a' }).values).toMatchObject({ note: 5 })
  })

  it('reports out-of-range levels and unknown options, read as unanswered', () => {
    const read = readAnswer(survey, { note: 9, choix: 'z' })
    expect(read.values).toEqual({})
    expect(read.problems.map((problem) => problem.code).sort()).toEqual([
      'OUT_OF_RANGE',
      'UNKNOWN_OPTION',
    ])
    expect(read.missing).toEqual(['note', 'choix'])
  })

  it('treats blank text, no choice and no ticked option as unanswered', () => {
    const read = readAnswer(survey, { note: '', choix: '', coches: {}, texte: '   ' })
    expect(read.values).toEqual({})
    expect(read.missing).toEqual(['note', 'choix'])
  })

  it('reads anything but an object as an empty answer', () => {
    expect(readAnswer(survey, 'nope').values).toEqual({})
    expect(readAnswer(survey, undefined).missing).toEqual(['note', 'choix'])
  })
})
