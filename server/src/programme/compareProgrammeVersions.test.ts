import { describe, expect, it } from 'vitest'
import type { ProgrammeLine } from '../persistence/records/ProgrammeLine.ts'
import { compareProgrammeVersions } from './compareProgrammeVersions.ts'

const line = (key: string, overrides: Partial<ProgrammeLine> = {}): ProgrammeLine => ({
  id: `${key}-v1`,
  versionId: 'v1',
  lineKey: key,
  position: 0,
  partner: 'France Travail',
  kind: 'atelier',
  title: `Ligne ${key}`,
  description: '',
  ...overrides,
})

describe('compareProgrammeVersions', () => {
  it('lists lines added, removed and changed by their key, with the fields that differ', () => {
    const from = [line('a'), line('b'), line('c')]
    const to = [
      line('a', { id: 'a-v2', versionId: 'v2', position: 3 }),
      line('b', { id: 'b-v2', versionId: 'v2', title: 'Autre titre', targetClpeCount: 5 }),
      line('d', { id: 'd-v2', versionId: 'v2' }),
    ]
    const diff = compareProgrammeVersions(from, to)
    expect(diff.added.map((found) => found.lineKey)).toEqual(['d'])
    expect(diff.removed.map((found) => found.lineKey)).toEqual(['c'])
    expect(diff.changed).toHaveLength(1)
    expect(diff.changed[0]?.fields).toEqual(['title', 'targetClpeCount'])
  })

  it('finds nothing between a version and its unchanged copy', () => {
    const from = [line('a'), line('b')]
    const to = from.map((found) => ({ ...found, id: `${found.lineKey}-v2`, versionId: 'v2' }))
    expect(compareProgrammeVersions(from, to)).toEqual({ added: [], removed: [], changed: [] })
  })
})
