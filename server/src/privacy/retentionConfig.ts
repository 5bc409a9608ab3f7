import { z } from 'zod'
import { DEFAULT_RETENTION_PERIODS, type RetentionPeriods } from './RetentionJob.ts'

/** Longest period accepted, in days (ten years): beyond, a typo rather than a choice. */
const MAX_DAYS = 3650

// Empty means unset: the default.
const days = (fallback: number): z.ZodType<number> =>
  z
    .string()
    .optional()
    .transform((value, context) => {
      const text = value === undefined || value.trim() === '' ? String(fallback) : value.trim()
      const count = Number(text)
      if (!/^\d+$/.test(text) || count < 1 || count > MAX_DAYS) {
        context.addIssue({
          code: 'custom',
          message: `must be a whole number of days from 1 to ${MAX_DAYS}`,
        })
        return z.NEVER
      }
      return count
    })

const retentionEnvironmentSchema = z.object({
  MAILLAGE_RETENTION_SESSIONS_DAYS: days(DEFAULT_RETENTION_PERIODS.sessionsAfterExpiryDays),
  MAILLAGE_RETENTION_NOTIFICATIONS_DAYS: days(DEFAULT_RETENTION_PERIODS.notificationsDays),
  MAILLAGE_RETENTION_AUDIT_DAYS: days(DEFAULT_RETENTION_PERIODS.auditDays),
})

/**
 * The retention periods from the environment: `MAILLAGE_RETENTION_SESSIONS_DAYS` (after expiry,
 * default 30), `MAILLAGE_RETENTION_NOTIFICATIONS_DAYS` and `MAILLAGE_RETENTION_AUDIT_DAYS` (default
 * 365), whole days from 1 to 3650; or the problems, one per invalid variable.
 */
export function retentionPeriodsFrom(
  environment: NodeJS.ProcessEnv,
): { periods: RetentionPeriods } | { problems: string[] } {
  const parsed = retentionEnvironmentSchema.safeParse(environment)
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    }
  }
  const env = parsed.data
  return {
    periods: {
      sessionsAfterExpiryDays: env.MAILLAGE_RETENTION_SESSIONS_DAYS,
      notificationsDays: env.MAILLAGE_RETENTION_NOTIFICATIONS_DAYS,
      auditDays: env.MAILLAGE_RETENTION_AUDIT_DAYS,
    },
  }
}
