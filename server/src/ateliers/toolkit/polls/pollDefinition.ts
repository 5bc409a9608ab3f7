import { AppError, ErrorCode } from '../../../errors/AppError.ts'
import {
  MAX_POLL_OPTIONS,
  MIN_POLL_OPTIONS,
  type AtelierPoll,
  type AtelierPollOption,
} from '../../../persistence/records/AtelierPoll.ts'
import type { AtelierPollAnswer } from '../../../persistence/records/AtelierPollAnswer.ts'
import type { PollAnswerInput } from './pollInput.ts'
import { POLL_MESSAGES } from './pollMessages.ts'

function invalid(message: string): AppError {
  return new AppError(ErrorCode.ValidationFailed, message)
}

/**
 * The options of a poll of `kind` from those typed: 2–10 for a choice poll, ids `o1`… in order,
 * at most one right answer for a single choice; none for a scale or an open question.
 */
export function optionsOf(
  kind: AtelierPoll['kind'],
  typed: readonly { label: string; correct?: boolean | undefined }[],
): AtelierPollOption[] {
  if (kind !== 'single' && kind !== 'multiple') {
    if (typed.length > 0) throw invalid(POLL_MESSAGES.noOptions)
    return []
  }
  if (typed.length < MIN_POLL_OPTIONS || typed.length > MAX_POLL_OPTIONS) {
    throw invalid(POLL_MESSAGES.options)
  }
  if (kind === 'single' && typed.filter((option) => option.correct === true).length > 1) {
    throw invalid(POLL_MESSAGES.singleCorrect)
  }
  return typed.map((option, index) => ({
    id: `o${index + 1}`,
    label: option.label,
    ...(option.correct === true ? { correct: true } : {}),
  }))
}

/**
 * The answer to keep from what a participant sent: exactly the field of the poll's kind — one
 * option of a single choice, distinct options of a multiple choice, a level of a scale, a text —
 * or `VALIDATION_FAILED`.
 */
export function answerOf(
  poll: AtelierPoll,
  input: PollAnswerInput,
): Pick<AtelierPollAnswer, 'choices' | 'value' | 'text'> {
  const { choices, value, text } = input
  const fields = [choices, value, text].filter((field) => field !== undefined).length
  if (fields !== 1) throw invalid(POLL_MESSAGES.answerShape)
  switch (poll.kind) {
    case 'single':
    case 'multiple': {
      if (choices === undefined) throw invalid(POLL_MESSAGES.answerShape)
      const known = new Set(poll.options.map((option) => option.id))
      const distinct = new Set(choices)
      const fits =
        distinct.size === choices.length &&
        choices.every((choice) => known.has(choice)) &&
        (poll.kind === 'multiple' || choices.length === 1)
      if (!fits) throw invalid(POLL_MESSAGES.answerShape)
      return { choices: [...choices] }
    }
    case 'scale':
      if (value === undefined) throw invalid(POLL_MESSAGES.answerShape)
      return { value }
    case 'open':
      if (text === undefined) throw invalid(POLL_MESSAGES.answerShape)
      return { text }
    case 'word-cloud':
      throw invalid(POLL_MESSAGES.answerShape)
  }
}
