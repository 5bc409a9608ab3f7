import { z } from 'zod'

/** The longest window one request of the calendar may cover, in days (about three years). */
export const MAX_CALENDAR_WINDOW_DAYS = 1100

const DAY_MS = 24 * 60 * 60 * 1000

/** `?du=YYYY-MM-DD&au=YYYY-MM-DD`: the days of the calendar asked for, both included. */
export const calendarWindowSchema = z
  .object({ du: z.iso.date().optional(), au: z.iso.date().optional() })
  .refine(
    (window) => window.du === undefined || window.au === undefined || window.du <= window.au,
    {
      error: 'La date de fin précède la date de début.',
      path: ['au'],
    },
  )
export type CalendarWindowQuery = z.infer<typeof calendarWindowSchema>

/** A window of days, `YYYY-MM-DD`, both included. */
export interface CalendarWindow {
  readonly from: string
  readonly to: string
}

/**
 * The window asked for, filled in: from the first day of `today`'s month, for twelve months; a
 * window longer than {@link MAX_CALENDAR_WINDOW_DAYS} is cut to it.
 */
export function resolveCalendarWindow(query: CalendarWindowQuery, today: string): CalendarWindow {
  const from = query.du ?? `${today.slice(0, 7)}-01`
  const start = Date.parse(`${from}T00:00:00Z`)
  const defaultEnd = new Date(start)
  defaultEnd.setUTCFullYear(defaultEnd.getUTCFullYear() + 1)
  defaultEnd.setUTCDate(defaultEnd.getUTCDate() - 1)
  const asked = query.au === undefined ? defaultEnd.getTime() : Date.parse(`${query.au}T00:00:00Z`)
  const end = Math.min(asked, start + MAX_CALENDAR_WINDOW_DAYS * DAY_MS)
  return { from, to: new Date(end).toISOString().slice(0, 10) }
}
