import {
  LIKERT_OPTIONS,
  type SurveyDefinition,
  type SurveyQuestion,
  type SurveyValues,
} from './SurveyQuestion.ts'
import type {
  SurveyCount,
  SurveyLateAnswer,
  SurveyQuestionResult,
  SurveyResults,
  SurveySpaceAnswers,
  SurveySpaceRate,
  SurveyToolResult,
} from './SurveyResults.ts'

/** A submitted answer, as aggregation needs it (values already read by `readAnswer`). */
export interface SubmittedAnswer {
  readonly spaceId: string
  /** Individual mode: whose answer. */
  readonly accountId?: string
  /** ISO date of the last submission. */
  readonly submittedAt: string
  readonly values: SurveyValues
}

/** A space asked to answer: its name and how many answers it owes (1 in collective mode). */
export interface SurveyTarget {
  readonly spaceId: string
  readonly spaceName: string
  readonly targeted: number
}

/** What {@link aggregateSurvey} reads besides the definition. */
export interface AggregateInput {
  readonly answers: readonly SubmittedAnswer[]
  readonly targets: readonly SurveyTarget[]
  /** ISO date; answers submitted strictly after it are late. Null: no answer is late. */
  readonly closesAt: string | null
}

/**
 * The results of a survey. Only answers of targeted spaces count. Decisions (issue 7, item 5):
 * - a late answer (submitted after `closesAt`) is left out of every count and listed in `late`,
 *   so the results of a closed survey never change; the server refuses late submissions anyway;
 * - a partial answer counts for the questions it answers and as a non-response for the others;
 * - with no answer, every question has n 0, its counts at 0 and a null mean.
 * Pure: the same input gives the same results.
 */
export function aggregateSurvey(survey: SurveyDefinition, input: AggregateInput): SurveyResults {
  const targets = new Map(input.targets.map((target) => [target.spaceId, target]))
  const closesAtMs = input.closesAt === null ? Number.POSITIVE_INFINITY : Date.parse(input.closesAt)
  const counted: SubmittedAnswer[] = []
  const late: SurveyLateAnswer[] = []
  for (const answer of input.answers) {
    if (!targets.has(answer.spaceId)) continue
    if (Date.parse(answer.submittedAt) > closesAtMs) late.push(lateAnswer(answer))
    else counted.push(answer)
  }
  const results = survey.questions.map((question) => ({
    ...aggregateQuestion(question, counted, targets),
    bySpace: answersBySpace(question, counted, input.targets),
  }))
  const spaces = input.targets.map((target) => rateOf(target, counted, late))
  return {
    counted: counted.length,
    questions: results.filter((result) => result.toolDocumentId === undefined),
    tools: groupByTool(survey.questions, results),
    responseRate: {
      answered: spaces.reduce((sum, space) => sum + space.answered, 0),
      targeted: spaces.reduce((sum, space) => sum + space.targeted, 0),
    },
    spaces,
    late,
  }
}

function lateAnswer(answer: SubmittedAnswer): SurveyLateAnswer {
  return {
    spaceId: answer.spaceId,
    ...(answer.accountId === undefined ? {} : { accountId: answer.accountId }),
    submittedAt: answer.submittedAt,
  }
}

/** What each target's counted answers said to `question`, in words (see `SurveySpaceAnswers`). */
function answersBySpace(
  question: SurveyQuestion,
  answers: readonly SubmittedAnswer[],
  targets: readonly SurveyTarget[],
): SurveySpaceAnswers[] {
  const options = question.kind === 'likert' ? LIKERT_OPTIONS : (question.options ?? [])
  const labelOf = (value: string): string =>
    options.find((option) => option.value === value)?.label ?? value
  return targets.map((target) => ({
    spaceId: target.spaceId,
    spaceName: target.spaceName,
    answers: answers
      .filter((answer) => answer.spaceId === target.spaceId)
      .flatMap((answer) => {
        const value = answer.values[question.id]
        if (value === undefined) return []
        if (typeof value === 'object') return [value.map(labelOf).join(', ')]
        return [question.kind === 'text' ? String(value) : labelOf(String(value))]
      }),
  }))
}

function aggregateQuestion(
  question: SurveyQuestion,
  answers: readonly SubmittedAnswer[],
  targets: ReadonlyMap<string, SurveyTarget>,
): Omit<SurveyQuestionResult, 'bySpace'> {
  const given = answers.filter((answer) => Object.hasOwn(answer.values, question.id))
  const base = {
    questionId: question.id,
    kind: question.kind,
    label: question.label,
    ...(question.toolDocumentId === undefined ? {} : { toolDocumentId: question.toolDocumentId }),
    n: given.length,
    nonResponse: answers.length - given.length,
  }
  const values = given.map((answer) => answer.values[question.id])
  switch (question.kind) {
    case 'likert': {
      const levels = values.filter((value): value is number => typeof value === 'number')
      const sum = levels.reduce((total, level) => total + level, 0)
      const mean = levels.length === 0 ? null : Math.round((sum / levels.length) * 100) / 100
      return { ...base, counts: countChoices(LIKERT_OPTIONS, values), mean }
    }
    case 'single':
    case 'multiple':
      return { ...base, counts: countChoices(question.options ?? [], values) }
    case 'text':
      return {
        ...base,
        openAnswers: given.map((answer) => ({
          spaceId: answer.spaceId,
          spaceName: targets.get(answer.spaceId)?.spaceName ?? answer.spaceId,
          text: String(answer.values[question.id]),
        })),
      }
    default: {
      const unknownKind: never = question.kind
      return unknownKind
    }
  }
}

/** Counts per option: a value counts for an option if it is it, or (list) contains it. */
function countChoices(
  options: readonly { readonly value: string; readonly label: string }[],
  values: readonly unknown[],
): SurveyCount[] {
  return options.map((option) => ({
    value: option.value,
    label: option.label,
    count: values.filter((value) =>
      Array.isArray(value) ? value.includes(option.value) : String(value) === option.value,
    ).length,
  }))
}

function rateOf(
  target: SurveyTarget,
  counted: readonly SubmittedAnswer[],
  late: readonly SurveyLateAnswer[],
): SurveySpaceRate {
  const own = counted.filter((answer) => answer.spaceId === target.spaceId)
  const ownLate = late.filter((answer) => answer.spaceId === target.spaceId)
  const last = [...own, ...ownLate]
    .map((answer) => answer.submittedAt)
    .sort()
    .at(-1)
  return {
    spaceId: target.spaceId,
    spaceName: target.spaceName,
    answered: Math.min(own.length, target.targeted),
    targeted: target.targeted,
    late: ownLate.length,
    ...(last === undefined ? {} : { lastSubmittedAt: last }),
  }
}

function groupByTool(
  questions: readonly SurveyQuestion[],
  results: readonly SurveyQuestionResult[],
): SurveyToolResult[] {
  const tools = new Map<string, { toolTitle: string; questions: SurveyQuestionResult[] }>()
  questions.forEach((question, index) => {
    const result = results[index]
    if (question.toolDocumentId === undefined || result === undefined) return
    let tool = tools.get(question.toolDocumentId)
    if (tool === undefined) {
      tool = { toolTitle: question.toolTitle ?? '', questions: [] }
      tools.set(question.toolDocumentId, tool)
    }
    tool.questions.push(result)
  })
  return [...tools].map(([toolDocumentId, tool]) => ({ toolDocumentId, ...tool }))
}
