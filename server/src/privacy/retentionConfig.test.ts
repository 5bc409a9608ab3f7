import { describe, expect, it } from 'vitest'
import { retentionPeriodsFrom } from './retentionConfig.ts'
import { DEFAULT_RETENTION_PERIODS } from './RetentionJob.ts'

describe('retentionPeriodsFrom', () => {
  it('gives the defaults when nothing is set, or set empty', () => {
    expect(retentionPeriodsFrom({})).toEqual({ periods: DEFAULT_RETENTION_PERIODS })
    expect(retentionPeriodsFrom({ MAILLAGE_RETENTION_AUDIT_DAYS: ' ' })).toEqual({
      periods: DEFAULT_RETENTION_PERIODS,
    })
  })

  it('reads each period in days', () => {
    expect(
      retentionPeriodsFrom({
        MAILLAGE_RETENTION_SESSIONS_DAYS: '7',
        MAILLAGE_RETENTION_NOTIFICATIONS_DAYS: '90',
        MAILLAGE_RETENTION_AUDIT_DAYS: '730',
      }),
    ).toEqual({ periods: { sessionsAfterExpiryDays: 7, notificationsDays: 90, auditDays: 730 } })
  })

  it('names every invalid variable', () => {
    const result = retentionPeriodsFrom({
      MAILLAGE_RETENTION_SESSIONS_DAYS: '0',
      MAILLAGE_RETENTION_AUDIT_DAYS: 'un an',
      MAILLAGE_RETENTION_NOTIFICATIONS_DAYS: '1.5',
    })
    expect('problems' in result && result.problems.map((problem) => problem.split(':')[0])).toEqual(
      [
        'MAILLAGE_RETENTION_SESSIONS_DAYS',
        'MAILLAGE_RETENTION_NOTIFICATIONS_DAYS',
        'MAILLAGE_RETENTION_AUDIT_DAYS',
      ],
    )
  })
})
