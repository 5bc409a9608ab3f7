import type { AtelierPollResultsView, RichTextJson } from '@maillage/protocol'
import type { AtelierPoll } from '../../../persistence/records/AtelierPoll.ts'

/** What the compte rendu says of the polls and word clouds of a session. */
export interface PollsCompteRenduSources {
  /** The launched polls, in the facilitators' order, with their results (no names). */
  readonly polls: readonly {
    readonly poll: AtelierPoll
    readonly results: AtelierPollResultsView
  }[]
  /** The word clouds with their shown words (hidden ones left out), most frequent first. */
  readonly clouds: readonly {
    readonly prompt: string
    readonly words: readonly { readonly word: string; readonly count: number }[]
  }[]
}

function text(value: string): RichTextJson {
  return { type: 'text', text: value }
}

function heading(level: 2 | 3, value: string): RichTextJson {
  return { type: 'heading', attrs: { level }, content: [text(value)] }
}

function paragraph(value: string): RichTextJson {
  return { type: 'paragraph', content: [text(value)] }
}

function bulletList(items: readonly string[]): RichTextJson {
  return {
    type: 'bulletList',
    content: items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
  }
}

function answersLabel(count: number): string {
  return count >= 2 ? `${count} réponses` : `${count} réponse`
}

function percent(count: number, total: number): string {
  return total === 0 ? '0 %' : `${Math.round((count / total) * 100)} %`
}

function pollBlocks(poll: AtelierPoll, results: AtelierPollResultsView): RichTextJson[] {
  const blocks: RichTextJson[] = [heading(3, poll.question)]
  const total = results.answerCount
  const quiz = poll.options.some((option) => option.correct === true)
  const kind = quiz ? 'Quiz' : poll.kind === 'open' ? 'Question ouverte' : 'Sondage'
  blocks.push(paragraph(`${kind} — ${answersLabel(total)}.`))
  if (poll.kind === 'open') {
    if (results.texts.length > 0) blocks.push(bulletList(results.texts.map((found) => found.text)))
    return blocks
  }
  const items = results.bars.map((bar) => {
    const correct = bar.correct === true ? ' (bonne réponse)' : ''
    return `${bar.label} : ${bar.count} (${percent(bar.count, total)})${correct}`
  })
  blocks.push(bulletList(items))
  return blocks
}

/**
 * The compte rendu's section of the polls and word clouds (pure): a heading « Sondages et
 * quiz », each launched poll's question with its results as a list (« option : N (P %) », the
 * right answers of a quiz marked; an open question's answers), then « Nuages de mots », each
 * cloud's prompt and its words as a list « mot (N) », hidden words left out. No name is ever
 * written: the compte rendu is shared with every territory. Empty when there is nothing to say.
 */
export function compteRenduPollsSection(sources: PollsCompteRenduSources): RichTextJson[] {
  const blocks: RichTextJson[] = []
  if (sources.polls.length > 0) {
    blocks.push(heading(2, 'Sondages et quiz'))
    for (const { poll, results } of sources.polls) blocks.push(...pollBlocks(poll, results))
  }
  const clouds = sources.clouds.filter((cloud) => cloud.words.length > 0)
  if (clouds.length > 0) {
    blocks.push(heading(2, 'Nuages de mots'))
    for (const cloud of clouds) {
      blocks.push(heading(3, cloud.prompt))
      blocks.push(bulletList(cloud.words.map((word) => `${word.word} (${word.count})`)))
    }
  }
  return blocks
}
