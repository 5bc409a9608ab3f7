import { describe, expect, it } from 'vitest'
import { surveyDefinitionSchema } from './surveyDefinitionSchema.ts'
import { toolQuestionBlock } from './toolQuestionBlock.ts'

function messagesOf(input: unknown): string[] {
  const result = surveyDefinitionSchema.safeParse(input)
  return result.success ? [] : result.error.issues.map((issue) => issue.message)
}

describe('surveyDefinitionSchema', () => {
  it('accepts a survey with a tool block and defaults', () => {
    const parsed = surveyDefinitionSchema.parse({
      title: '  Enquête 2026 ',
      questions: [
        { id: 'q1', kind: 'likert', label: 'Satisfaction' },
        ...toolQuestionBlock({ documentId: 'doc-1', title: 'DORA' }),
      ],
    })
    expect(parsed.title).toBe('Enquête 2026')
    expect(parsed.introduction).toBe('')
    expect(parsed.questions[0]?.required).toBe(false)
    expect(parsed.questions).toHaveLength(6)
  })

  it('refuses a missing title in French', () => {
    expect(messagesOf({ title: ' ', questions: [] })).toContain('Donnez un titre à l’enquête.')
  })

  it('requires two choices for choice questions and none for the others', () => {
    expect(
      messagesOf({
        title: 'E',
        questions: [{ id: 'q', kind: 'single', label: 'Q', options: [{ value: 'a', label: 'A' }] }],
      }),
    ).toContain('Une question à choix propose au moins deux choix.')
    expect(
      messagesOf({
        title: 'E',
        questions: [{ id: 'q', kind: 'text', label: 'Q', options: [] }],
      }),
    ).toContain('Seules les questions à choix unique ou multiple ont des choix.')
  })

  it('refuses duplicate question ids and duplicate option values', () => {
    const option = { value: 'a', label: 'A' }
    expect(
      messagesOf({
        title: 'E',
        questions: [
          { id: 'q', kind: 'text', label: 'Q' },
          { id: 'q', kind: 'multiple', label: 'R', options: [option, option] },
        ],
      }),
    ).toEqual([
      'Deux choix ont la même valeur « a ».',
      'Deux questions ont le même identifiant « q ».',
    ])
  })

  it('refuses unknown kinds and ids that could not key a fields map', () => {
    expect(
      messagesOf({ title: 'E', questions: [{ id: 'q', kind: 'echelle', label: 'Q' }] }),
    ).toEqual(['Choisissez le type de question : likert, single, multiple ou text.'])
    expect(
      messagesOf({ title: 'E', questions: [{ id: '__proto__', kind: 'text', label: 'Q' }] }),
    ).toHaveLength(1)
  })
})
