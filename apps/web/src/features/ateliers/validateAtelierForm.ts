import type { AtelierCreateBody, AtelierFormatName } from '@maillage/protocol'
import { ATELIER_FORMAT_OPTIONS, ATELIER_THEME_OPTIONS, httpsUrlOf } from '@maillage/schema'
import { parisWallClock } from './formatAtelierTime.ts'
import { newAtelierTexts } from './texts.ts'

/** What the form « Nouvel atelier » holds, as typed. */
export interface AtelierFormInput {
  readonly title: string
  readonly date: string
  readonly time: string
  readonly duration: string
  readonly format: string
  readonly theme: string
  readonly intervenants: string
  readonly visioLink: string
  readonly capacity: string
}

/** The body to send, or the French message of each invalid field keyed as in the body. */
export type AtelierFormResult =
  | { readonly body: AtelierCreateBody; readonly errors?: undefined }
  | { readonly body?: undefined; readonly errors: Readonly<Record<string, string>> }

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/
const DATE = /^\d{4}-\d{2}-\d{2}$/
const WHOLE_NUMBER = /^\d+$/

/**
 * Checks the form before sending it, so that people see what to fix next to each field at once:
 * a title, a date and time to come (Paris time, compared with `now`), a time `HH:MM`, a duration
 * over 0 minutes, a format and a thème of the programme, an `https://` visio link when one is
 * given, a whole number of seats (0 = unlimited). The server checks the same again.
 */
export function validateAtelierForm(input: AtelierFormInput, now: Date): AtelierFormResult {
  const { errors: texts } = newAtelierTexts
  const errors: Record<string, string> = {}
  const title = input.title.trim()
  if (title === '') errors.title = texts.title
  if (!DATE.test(input.date)) errors.date = texts.date
  if (!TIME.test(input.time)) errors.time = texts.time
  if (errors.date === undefined && errors.time === undefined) {
    if (`${input.date} ${input.time}` <= parisWallClock(now)) errors.date = texts.dateInPast
  }
  const duration = Number(input.duration)
  if (!WHOLE_NUMBER.test(input.duration.trim()) || duration <= 0) {
    errors.durationMinutes = texts.duration
  }
  const format = ATELIER_FORMAT_OPTIONS.find((option) => option.value === input.format)?.value
  if (format === undefined) errors.format = texts.format
  if (!ATELIER_THEME_OPTIONS.some((option) => option.value === input.theme)) {
    errors.theme = texts.theme
  }
  const visioLink = input.visioLink.trim()
  if (visioLink !== '' && httpsUrlOf(visioLink) === '') errors.visioLink = texts.visioLink
  const capacity = Number(input.capacity)
  if (!WHOLE_NUMBER.test(input.capacity.trim())) errors.capacity = texts.capacity
  if (Object.keys(errors).length > 0 || format === undefined) return { errors }
  return {
    body: {
      title,
      date: input.date,
      time: input.time,
      durationMinutes: duration,
      format: format satisfies AtelierFormatName,
      theme: input.theme,
      intervenants: input.intervenants.trim(),
      visioLink,
      capacity,
    },
  }
}
