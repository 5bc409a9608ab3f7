import { describe, expect, it } from 'vitest'
import type { SessionView, SpaceRoleName } from '@maillage/protocol'
import { canSeeRegionalPilotage } from './canSeeRegionalPilotage.ts'

function sessionOf(
  platformRole: 'admin' | 'membre',
  memberships: { spaceId: string; role: SpaceRoleName }[],
): SessionView {
  return {
    account: {
      id: 'a1',
      email: 'x@example.org',
      name: 'X',
      organisation: '',
      color: '#000000',
      platformRole,
    },
    csrfToken: null,
    memberships,
  }
}

describe('canSeeRegionalPilotage', () => {
  it('offers the view to the regional team', () => {
    expect(canSeeRegionalPilotage(sessionOf('admin', []))).toBe(true)
  })

  it('offers it to members of the CoRE and of the espace régional, whatever their role', () => {
    expect(
      canSeeRegionalPilotage(sessionOf('membre', [{ spaceId: 'core', role: 'lecteur' }])),
    ).toBe(true)
    expect(
      canSeeRegionalPilotage(
        sessionOf('membre', [{ spaceId: 'espace-regional', role: 'lecteur' }]),
      ),
    ).toBe(true)
  })

  it('does not offer it to CLPE members nor to the comité de pilotage', () => {
    expect(
      canSeeRegionalPilotage(
        sessionOf('membre', [
          { spaceId: 'clpe-59004', role: 'animateur' },
          { spaceId: 'comite-de-pilotage', role: 'contributeur' },
        ]),
      ),
    ).toBe(false)
  })
})
