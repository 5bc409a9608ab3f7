import type { AtelierPollBarView, AtelierPollResultsView } from '@maillage/protocol'
import type { AtelierPoll } from '../../../persistence/records/AtelierPoll.ts'
import type { AtelierPollAnswer } from '../../../persistence/records/AtelierPollAnswer.ts'

/** The levels of a scale poll. */
export const SCALE_LEVELS = [1, 2, 3, 4, 5] as const

/**
 * The results of a poll from its answers: a bar per option (choice polls) or per level (scale),
 * the texts of an open question. `names` gives the people's names by account id: for a named poll
 * only (`anonymous` false), the caller passes none for an anonymous one, and names are then never
 * in the results whatever it passes. Answers naming an option the poll no longer has are ignored.
 */
export function tallyPoll(
  poll: AtelierPoll,
  answers: readonly AtelierPollAnswer[],
  names: ReadonlyMap<string, string> = new Map(),
): AtelierPollResultsView {
  const named = !poll.anonymous
  const nameOf = (answer: AtelierPollAnswer): string | undefined =>
    named ? (names.get(answer.accountId) ?? '') : undefined
  const bars: AtelierPollBarView[] = []
  const texts: { text: string; name?: string }[] = []
  if (poll.kind === 'single' || poll.kind === 'multiple') {
    for (const option of poll.options) {
      const choosers = answers.filter((answer) => answer.choices?.includes(option.id) === true)
      bars.push(bar(option.id, option.label, choosers, nameOf, option.correct))
    }
  } else if (poll.kind === 'scale') {
    for (const level of SCALE_LEVELS) {
      const choosers = answers.filter((answer) => answer.value === level)
      bars.push(bar(String(level), String(level), choosers, nameOf, undefined))
    }
  } else if (poll.kind === 'open') {
    for (const answer of answers) {
      if (answer.text === undefined) continue
      const name = nameOf(answer)
      texts.push(name === undefined ? { text: answer.text } : { text: answer.text, name })
    }
  }
  return { answerCount: answers.length, bars, texts }
}

function bar(
  key: string,
  label: string,
  choosers: readonly AtelierPollAnswer[],
  nameOf: (answer: AtelierPollAnswer) => string | undefined,
  correct: boolean | undefined,
): AtelierPollBarView {
  const names = choosers
    .map(nameOf)
    .filter((name) => name !== undefined)
    .sort((a, b) => a.localeCompare(b, 'fr'))
  return {
    key,
    label,
    count: choosers.length,
    ...(correct === true ? { correct: true } : {}),
    ...(names.length > 0 ? { names } : {}),
  }
}
