import { LIKERT_HELP, SurveyQuestionKind, type SurveyQuestion } from './SurveyQuestion.ts'

/** A catalogued tool, as far as a survey block needs it: its fiche outil and title. */
export interface SurveyTool {
  readonly documentId: string
  readonly title: string
}

/** Answers to « Utilisez-vous cet outil ? ». */
export const TOOL_USAGE_OPTIONS = [
  { value: 'oui', label: 'Oui' },
  { value: 'non', label: 'Non' },
  { value: 'ne-connait-pas', label: 'Je ne le connais pas' },
] as const

/** Suffixes of the ids of a tool block's questions, after `outil-<documentId>-`. */
export const TOOL_QUESTION_SUFFIXES = [
  'usage',
  'utilite',
  'facilite',
  'decisions',
  'commentaire',
] as const

/** Id of the question `suffix` of the block of the fiche outil `documentId`. */
export function toolQuestionId(
  documentId: string,
  suffix: (typeof TOOL_QUESTION_SUFFIXES)[number],
): string {
  return `outil-${documentId}-${suffix}`
}

/**
 * The questions about one catalogued tool (mission item 6: the added value of the tools): usage,
 * then utilité, facilité de prise en main and effet sur les décisions on a 1–5 scale, and a
 * comment. None is required: a CLPE that does not use a tool answers only the first.
 */
export function toolQuestionBlock(tool: SurveyTool): SurveyQuestion[] {
  const about = { toolDocumentId: tool.documentId, toolTitle: tool.title, required: false }
  const likert = (suffix: 'utilite' | 'facilite' | 'decisions', label: string): SurveyQuestion => ({
    id: toolQuestionId(tool.documentId, suffix),
    kind: SurveyQuestionKind.Likert,
    label,
    help: LIKERT_HELP,
    ...about,
  })
  return [
    {
      id: toolQuestionId(tool.documentId, 'usage'),
      kind: SurveyQuestionKind.Single,
      label: `Utilisez-vous « ${tool.title} » ?`,
      options: TOOL_USAGE_OPTIONS,
      ...about,
    },
    likert('utilite', 'Utilité pour votre CLPE'),
    likert('facilite', 'Facilité de prise en main'),
    likert('decisions', 'Effet sur vos décisions'),
    {
      id: toolQuestionId(tool.documentId, 'commentaire'),
      kind: SurveyQuestionKind.Text,
      label: 'Commentaire (usages, limites, besoins restants)',
      ...about,
    },
  ]
}
