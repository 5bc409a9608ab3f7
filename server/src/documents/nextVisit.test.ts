import { describe, expect, it } from 'vitest'
import { VISIT_GAP_MS, nextVisit } from './nextVisit.ts'

const NINE = Date.parse('2026-03-02T09:00:00.000Z')
const MINUTE = 60 * 1000

describe('nextVisit', () => {
  it('starts a first visit with no previous one', () => {
    expect(nextVisit({}, NINE)).toEqual({
      lastSeenAt: '2026-03-02T09:00:00.000Z',
      previousVisitAt: undefined,
    })
  })

  it('keeps the previous visit while the person comes back within the gap', () => {
    const marks = {
      lastSeenAt: '2026-03-02T09:00:00.000Z',
      previousVisitAt: '2026-03-01T17:00:00.000Z',
    }
    expect(nextVisit(marks, NINE + VISIT_GAP_MS)).toEqual({
      lastSeenAt: '2026-03-02T09:30:00.000Z',
      previousVisitAt: '2026-03-01T17:00:00.000Z',
    })
  })

  it('starts a new visit, ended when last seen, after more than the gap away', () => {
    const marks = {
      lastSeenAt: '2026-03-02T09:00:00.000Z',
      previousVisitAt: '2026-03-01T17:00:00.000Z',
    }
    expect(nextVisit(marks, NINE + VISIT_GAP_MS + MINUTE)).toEqual({
      lastSeenAt: '2026-03-02T09:31:00.000Z',
      previousVisitAt: '2026-03-02T09:00:00.000Z',
    })
  })
})
