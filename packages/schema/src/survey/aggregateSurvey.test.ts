import { describe, expect, it } from 'vitest'
import { aggregateSurvey, type SubmittedAnswer, type SurveyTarget } from './aggregateSurvey.ts'
import type { SurveyDefinition } from './SurveyQuestion.ts'
import { toolQuestionBlock, toolQuestionId } from './toolQuestionBlock.ts'

const survey: SurveyDefinition = {
  title: 'Enquête 2026',
  introduction: '',
  questions: [
    { id: 'satisfaction', kind: 'likert', label: 'Satisfaction', required: true },
    {
      id: 'besoins',
      kind: 'multiple',
      label: 'Besoins',
      options: [
        { value: 'donnees', label: 'Données' },
        { value: 'formation', label: 'Formation' },
      ],
      required: false,
    },
    { id: 'remarques', kind: 'text', label: 'Remarques', required: false },
    ...toolQuestionBlock({ documentId: 'tdb', title: 'TDB RPE' }),
  ],
}

const targets: SurveyTarget[] = [
  { spaceId: 'clpe-59004', spaceName: 'CLPE Lille', targeted: 1 },
  { spaceId: 'clpe-62003', spaceName: 'CLPE Lens', targeted: 1 },
  { spaceId: 'clpe-80001', spaceName: 'CLPE Abbeville', targeted: 1 },
]
const closesAt = '2026-06-30T22:00:00.000Z'

function resultOf(results: ReturnType<typeof aggregateSurvey>, id: string) {
  const all = [...results.questions, ...results.tools.flatMap((tool) => tool.questions)]
  return all.find((question) => question.questionId === id)
}

describe('aggregateSurvey', () => {
  it('gives zero counts, a null mean and no response with no answer', () => {
    const results = aggregateSurvey(survey, { answers: [], targets, closesAt })
    expect(results.counted).toBe(0)
    expect(results.responseRate).toEqual({ answered: 0, targeted: 3 })
    const satisfaction = resultOf(results, 'satisfaction')
    expect(satisfaction).toMatchObject({ n: 0, nonResponse: 0, mean: null })
    expect(satisfaction?.counts?.map((count) => count.count)).toEqual([0, 0, 0, 0, 0])
    expect(resultOf(results, 'remarques')?.openAnswers).toEqual([])
    expect(results.spaces.map((space) => space.answered)).toEqual([0, 0, 0])
  })

  it('distributes Likert levels, computes their mean and lists open answers by space', () => {
    const answers: SubmittedAnswer[] = [
      {
        spaceId: 'clpe-59004',
        submittedAt: '2026-06-01T10:00:00.000Z',
        values: { satisfaction: 4, besoins: ['donnees', 'formation'], remarques: 'Très utile' },
      },
      {
        spaceId: 'clpe-62003',
        submittedAt: '2026-06-02T10:00:00.000Z',
        values: { satisfaction: 5, besoins: ['donnees'] },
      },
    ]
    const results = aggregateSurvey(survey, { answers, targets, closesAt })
    const satisfaction = resultOf(results, 'satisfaction')
    expect(satisfaction?.mean).toBe(4.5)
    expect(satisfaction?.counts?.map((count) => count.count)).toEqual([0, 0, 0, 1, 1])
    expect(resultOf(results, 'besoins')?.counts).toEqual([
      { value: 'donnees', label: 'Données', count: 2 },
      { value: 'formation', label: 'Formation', count: 1 },
    ])
    expect(resultOf(results, 'remarques')?.openAnswers).toEqual([
      { spaceId: 'clpe-59004', spaceName: 'CLPE Lille', text: 'Très utile' },
    ])
    expect(results.responseRate).toEqual({ answered: 2, targeted: 3 })
  })

  it('counts the questions a partial answer leaves empty as non-responses', () => {
    const answers: SubmittedAnswer[] = [
      {
        spaceId: 'clpe-59004',
        submittedAt: '2026-06-01T10:00:00.000Z',
        values: { satisfaction: 2 },
      },
      { spaceId: 'clpe-62003', submittedAt: '2026-06-01T11:00:00.000Z', values: {} },
    ]
    const results = aggregateSurvey(survey, { answers, targets, closesAt })
    expect(results.counted).toBe(2)
    expect(resultOf(results, 'satisfaction')).toMatchObject({ n: 1, nonResponse: 1, mean: 2 })
    expect(resultOf(results, 'besoins')).toMatchObject({ n: 0, nonResponse: 2 })
    expect(results.responseRate.answered).toBe(2)
  })

  it('leaves late answers out of the counts and lists them', () => {
    const answers: SubmittedAnswer[] = [
      { spaceId: 'clpe-59004', submittedAt: closesAt, values: { satisfaction: 3 } },
      {
        spaceId: 'clpe-62003',
        submittedAt: '2026-07-01T08:00:00.000Z',
        values: { satisfaction: 1 },
      },
    ]
    const results = aggregateSurvey(survey, { answers, targets, closesAt })
    expect(results.counted).toBe(1)
    expect(resultOf(results, 'satisfaction')).toMatchObject({ n: 1, mean: 3 })
    expect(results.late).toEqual([
      { spaceId: 'clpe-62003', submittedAt: '2026-07-01T08:00:00.000Z' },
    ])
    const lens = results.spaces.find((space) => space.spaceId === 'clpe-62003')
    expect(lens).toMatchObject({
      answered: 0,
      late: 1,
      lastSubmittedAt: '2026-07-01T08:00:00.000Z',
    })
  })

  it('groups the questions of a tool block under their tool', () => {
    const usage = toolQuestionId('tdb', 'usage')
    const answers: SubmittedAnswer[] = [
      {
        spaceId: 'clpe-59004',
        submittedAt: '2026-06-01T10:00:00.000Z',
        values: { [usage]: 'oui', [toolQuestionId('tdb', 'utilite')]: 5 },
      },
    ]
    const results = aggregateSurvey(survey, { answers, targets, closesAt })
    expect(results.questions.map((question) => question.questionId)).toEqual([
      'satisfaction',
      'besoins',
      'remarques',
    ])
    expect(results.tools).toHaveLength(1)
    expect(results.tools[0]?.toolTitle).toBe('TDB RPE')
    expect(results.tools[0]?.questions).toHaveLength(5)
    expect(resultOf(results, usage)?.counts?.find((count) => count.value === 'oui')?.count).toBe(1)
  })

  it('ignores answers of spaces that were not targeted', () => {
    const answers: SubmittedAnswer[] = [
      { spaceId: 'core', submittedAt: '2026-06-01T10:00:00.000Z', values: { satisfaction: 1 } },
    ]
    const results = aggregateSurvey(survey, { answers, targets, closesAt })
    expect(results.counted).toBe(0)
    expect(results.responseRate.answered).toBe(0)
  })
})
