import { z } from 'zod'

/** Longest period a bilan may cover: two years, in days (a leap day included). */
export const MAX_BILAN_PERIOD_DAYS = 2 * 366

const MS_PER_DAY = 86_400_000
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/u

/** Ms since the epoch of a real calendar day written `YYYY-MM-DD` (not 2026-02-30), or null. */
function dayMs(value: string): number | null {
  const match = ISO_DAY.exec(value)
  if (match === null) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const ms = Date.UTC(year, month - 1, day)
  const date = new Date(ms)
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  return real && year >= 2000 && year <= 2100 ? ms : null
}

function daySchema(missing: string) {
  return z
    .string({ error: missing })
    .refine((value) => dayMs(value) !== null, 'Indiquez une date valide (AAAA-MM-JJ).')
}

/**
 * `POST /api/pilotage/bilans`: the period the bilan covers, two days `YYYY-MM-DD`, the start on
 * or before the end, at most {@link MAX_BILAN_PERIOD_DAYS} days apart.
 */
export const bilanPeriodSchema = z
  .object({
    periodStart: daySchema('Indiquez la date de début de la période.'),
    periodEnd: daySchema('Indiquez la date de fin de la période.'),
  })
  .superRefine((period, context) => {
    const start = dayMs(period.periodStart)
    const end = dayMs(period.periodEnd)
    if (start === null || end === null) return
    if (start > end) {
      context.addIssue({
        code: 'custom',
        path: ['periodEnd'],
        message: 'La fin de la période doit être le jour de son début ou après.',
      })
    } else if ((end - start) / MS_PER_DAY > MAX_BILAN_PERIOD_DAYS) {
      context.addIssue({
        code: 'custom',
        path: ['periodEnd'],
        message: 'Un bilan couvre deux ans au plus : raccourcissez la période.',
      })
    }
  })
export type BilanPeriod = z.infer<typeof bilanPeriodSchema>
