import { z } from 'zod'
import { SurveyQuestionKind, type SurveyDefinition } from './SurveyQuestion.ts'

/** Most questions a survey may have (26 catalogued tools × 5 questions, and room for more). */
export const MAX_SURVEY_QUESTIONS = 300
/** Most choices of one question. */
export const MAX_SURVEY_OPTIONS = 30

const QUESTION_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,199}$/u

const optionSchema = z.object({
  value: z
    .string()
    .trim()
    .min(1, 'Chaque choix a une valeur.')
    .max(100, 'La valeur d’un choix tient en 100 caractères.'),
  label: z
    .string()
    .trim()
    .min(1, 'Chaque choix a un libellé.')
    .max(200, 'Le libellé d’un choix tient en 200 caractères.'),
})

/** One question: id, kind, label, and choices exactly for the choice kinds. */
export const surveyQuestionSchema = z
  .object({
    id: z
      .string()
      .regex(
        QUESTION_ID,
        'L’identifiant d’une question est fait de lettres, chiffres, « - », « _ » ou « . ».',
      ),
    kind: z.enum(Object.values(SurveyQuestionKind), {
      error: 'Choisissez le type de question : likert, single, multiple ou text.',
    }),
    label: z
      .string()
      .trim()
      .min(1, 'Chaque question a un libellé.')
      .max(500, 'Le libellé d’une question tient en 500 caractères.'),
    help: z
      .string()
      .trim()
      .max(1000, 'L’aide d’une question tient en 1 000 caractères.')
      .optional(),
    options: z
      .array(optionSchema)
      .max(MAX_SURVEY_OPTIONS, `Une question a au plus ${MAX_SURVEY_OPTIONS} choix.`)
      .optional(),
    toolDocumentId: z.string().min(1).max(128).optional(),
    toolTitle: z.string().trim().max(200).optional(),
    required: z.boolean().default(false),
  })
  .superRefine((question, context) => {
    const hasChoices = question.kind === 'single' || question.kind === 'multiple'
    const options = question.options ?? []
    if (hasChoices && options.length < 2) {
      context.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'Une question à choix propose au moins deux choix.',
      })
    }
    if (!hasChoices && question.options !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'Seules les questions à choix unique ou multiple ont des choix.',
      })
    }
    const values = options.map((option) => option.value)
    const duplicate = values.find((value, index) => values.indexOf(value) !== index)
    if (duplicate !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['options'],
        message: `Deux choix ont la même valeur « ${duplicate} ».`,
      })
    }
  })

/**
 * A survey's definition (title, introduction, questions) with French messages; question ids are
 * unique. Parse with it every definition that comes from a person or from disk.
 */
export const surveyDefinitionSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(1, 'Donnez un titre à l’enquête.')
      .max(200, 'Le titre tient en 200 caractères.'),
    introduction: z
      .string()
      .trim()
      .max(5000, 'L’introduction tient en 5 000 caractères.')
      .default(''),
    questions: z
      .array(surveyQuestionSchema)
      .max(MAX_SURVEY_QUESTIONS, `Une enquête a au plus ${MAX_SURVEY_QUESTIONS} questions.`),
  })
  .superRefine((definition, context) => {
    const seen = new Set<string>()
    definition.questions.forEach((question, index) => {
      if (seen.has(question.id)) {
        context.addIssue({
          code: 'custom',
          path: ['questions', index, 'id'],
          message: `Deux questions ont le même identifiant « ${question.id} ».`,
        })
      }
      seen.add(question.id)
    })
  })

/** The problems that prevent opening a survey (French), empty when it may be opened. */
export function openingProblems(definition: SurveyDefinition): string[] {
  return definition.questions.length === 0
    ? ['Ajoutez au moins une question avant d’ouvrir l’enquête.']
    : []
}
