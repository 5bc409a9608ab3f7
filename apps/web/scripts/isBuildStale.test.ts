import { describe, expect, it } from 'vitest'
import { isBuildStale } from './isBuildStale.ts'

const BUILT_AT = Date.parse('2026-03-02T09:00:00.000Z')

describe('isBuildStale', () => {
  it('is stale when the app was never built', () => {
    expect(isBuildStale(null, [])).toBe(true)
  })

  it('is stale when one source changed after the build', () => {
    expect(isBuildStale(BUILT_AT, [BUILT_AT - 60_000, BUILT_AT + 1, BUILT_AT - 5])).toBe(true)
  })

  it('is fresh when every source is older than the build, or as old', () => {
    expect(isBuildStale(BUILT_AT, [BUILT_AT - 60_000, BUILT_AT])).toBe(false)
  })
})
