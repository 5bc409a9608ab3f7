import { describe, expect, it } from 'vitest'
import { parseDocumentId } from '@maillage/protocol'
import { SpaceRole, parseSpaceId } from '@maillage/schema'
import type { Actor } from '../auth/Actor.ts'
import { PlatformRole } from '../persistence/records/Account.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import { avisDeadlinesOf } from './avisDeadlines.ts'

const CORE = parseSpaceId('core')
const LILLE = parseSpaceId('clpe-59004')
// 7 December 2026, 23:30 in Paris (22:30 UTC): the day counted is the 7th.
const NOW = Date.parse('2026-12-07T22:30:00.000Z')

const member: Actor = {
  account: {
    id: 'compte-1',
    email: 'membre@exemple.fr',
    name: 'Membre',
    organisation: '',
    color: '#1f6feb',
    passwordHash: 'scrypt$…',
    platformRole: PlatformRole.Membre,
    createdAt: '2026-01-05T09:00:00.000Z',
  },
  roles: new Map([[CORE, SpaceRole.Lecteur]]),
  via: 'session',
}

function avis(id: string, fields: Partial<DocumentRecord>): DocumentRecord {
  return {
    id: parseDocumentId(id),
    spaceId: CORE,
    kind: 'avis',
    title: id,
    sharedWithAll: false,
    createdBy: 'compte-2',
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    ...fields,
  }
}

describe('the deadlines of avis on the accueil', () => {
  it('lists the avis of my spaces not yet adopted, soonest first, with the days left', () => {
    const deadlines = avisDeadlinesOf(
      member,
      [
        avis('dans-trois-jours', { keyFields: { dateLimite: '2026-12-10' } }),
        avis('depassee', {
          keyFields: { dateLimite: '2026-12-05' },
          status: 'soumis-a-l-adoption',
        }),
        avis('aujourd-hui', { keyFields: { dateLimite: '2026-12-07' } }),
        avis('adopte', { keyFields: { dateLimite: '2026-12-08' }, status: 'rendu' }),
        avis('archive', {
          keyFields: { dateLimite: '2026-12-08' },
          archivedAt: '2026-12-01T09:00:00.000Z',
        }),
        avis('sans-date', {}),
        avis('partage', {
          spaceId: LILLE,
          sharedWithAll: true,
          keyFields: { dateLimite: '2026-12-09' },
        }),
        avis('fiche', { keyFields: { dateLimite: '2026-12-09' }, kind: 'fiche-action' }),
      ],
      NOW,
    )
    expect(deadlines.map((deadline) => [deadline.record.id, deadline.daysLeft])).toEqual([
      ['depassee', -2],
      ['aujourd-hui', 0],
      ['dans-trois-jours', 3],
    ])
  })
})
