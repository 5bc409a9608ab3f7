import { newExchangeTexts } from './texts.ts'

/** Longest title of a thread: the server's limit (`EXCHANGE_TITLE_MAX_LENGTH`). */
export const TITLE_MAX_LENGTH = 200

/** What the form that opens a thread holds when it is sent. */
export interface NewExchangeDraft {
  readonly type: string | null
  readonly title: string
  readonly themes: readonly string[]
  /** The plain text of the first message (mentions are off there: text is all it can hold). */
  readonly messageText: string
}

/** The fields of the form that can be refused, in the order they appear in it. */
export type NewExchangeField = 'type' | 'title' | 'themes' | 'content'

/**
 * Every problem of the form at once, keyed by field in the form's order, as the server would
 * refuse them (`server/src/exchanges/exchangeInput.ts`); empty when it can be sent.
 */
export function validateNewExchange(
  draft: NewExchangeDraft,
): Partial<Record<NewExchangeField, string>> {
  const errors: Partial<Record<NewExchangeField, string>> = {}
  const title = draft.title.trim()
  if (draft.type === null) errors.type = newExchangeTexts.typeMissing
  if (title === '') errors.title = newExchangeTexts.titleMissing
  else if (title.length > TITLE_MAX_LENGTH)
    errors.title = newExchangeTexts.titleTooLong(title.length, TITLE_MAX_LENGTH)
  if (draft.themes.length === 0) errors.themes = newExchangeTexts.themesMissing
  if (draft.messageText.trim() === '') errors.content = newExchangeTexts.messageMissing
  return errors
}
