/**
 * Key of the `meta` map of a survey answer's document that says it was sent: written by the
 * server when the answer is submitted, removed when a contributeur takes it back to change it.
 * Every co-filler sees it live, and the form turns read-only.
 */
export const ANSWER_SUBMITTED_META_KEY = 'submitted'

/** What the server writes under {@link ANSWER_SUBMITTED_META_KEY}: when, and by whom. */
export interface AnswerSubmissionMeta {
  /** ISO date of the submission. */
  readonly at: string
  /** Name of the person who sent it, as it was then. */
  readonly byName: string
}

/** Reads the value under {@link ANSWER_SUBMITTED_META_KEY}; null when absent or malformed. */
export function readAnswerSubmission(value: unknown): AnswerSubmissionMeta | null {
  if (typeof value !== 'object' || value === null) return null
  const { at, byName } = value as { at?: unknown; byName?: unknown }
  if (typeof at !== 'string' || typeof byName !== 'string') return null
  return { at, byName }
}
