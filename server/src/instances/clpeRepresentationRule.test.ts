import { parseSpaceId, type SpaceId } from '@maillage/schema'
import { describe, expect, it } from 'vitest'
import type { InstanceMember } from '../persistence/records/InstanceMember.ts'
import type { ClpeProfile } from '../persistence/records/InstanceRecord.ts'
import { evaluateClpeRule } from './clpeRepresentationRule.ts'

const PROFILES: Record<string, ClpeProfile | null> = {
  'clpe-59004': 'urbain',
  'clpe-62005': 'urbain',
  'clpe-62007': 'periurbain',
  'clpe-02005': 'rural',
  'clpe-80003': null,
}
const directory = (spaceId: SpaceId) => ({
  name: `CLPE ${spaceId}`,
  profile: PROFILES[spaceId] ?? null,
})

let next = 0
function seat(space: string, startsOn = '2025-01-01', endsOn?: string): InstanceMember {
  next += 1
  return {
    id: `m-${next}`,
    instanceId: 'copil',
    name: `Représentant ${next}`,
    college: 'clpe',
    body: `CLPE ${space}`,
    clpeSpaceId: parseSpaceId(space),
    startsOn,
    ...(endsOn === undefined ? {} : { endsOn }),
  }
}

describe('evaluateClpeRule', () => {
  it('is respected by 3 CLPE of at least 2 profiles running on the day', () => {
    const state = evaluateClpeRule(
      [seat('clpe-59004'), seat('clpe-62005'), seat('clpe-02005')],
      '2026-12-07',
      directory,
    )
    expect(state).toMatchObject({ respected: true, code: 'REGLE_RESPECTEE', distinctProfiles: 2 })
    expect(state.clpe).toHaveLength(3)
  })

  it('counts a CLPE once, and only mandates running that day', () => {
    const mandates = [
      seat('clpe-59004'),
      seat('clpe-59004'),
      seat('clpe-62007', '2025-01-01', '2026-06-30'),
      seat('clpe-02005', '2027-01-01'),
      { ...seat('clpe-62005'), college: 'etat' as const },
    ]
    const state = evaluateClpeRule(mandates, '2026-12-07', directory)
    expect(state).toMatchObject({ respected: false, code: 'CLPE_INSUFFISANTS' })
    expect(state.clpe.map((found) => found.spaceId)).toEqual(['clpe-59004'])
    expect(evaluateClpeRule(mandates, '2026-06-30', directory).clpe).toHaveLength(2)
  })

  it('is broken by 3 CLPE of one profile, a CLPE without profile adding none', () => {
    const state = evaluateClpeRule(
      [seat('clpe-59004'), seat('clpe-62005'), seat('clpe-80003')],
      '2026-12-07',
      directory,
    )
    expect(state).toMatchObject({
      respected: false,
      code: 'PROFILS_IDENTIQUES',
      distinctProfiles: 1,
    })
    expect(state.explanation).toContain('profil non renseigné')
  })
})
