import { describe, expect, it } from 'vitest'
import { parseDocumentId } from '@maillage/protocol'
import {
  DocumentKind,
  REGIONAL_SPACE_IDS,
  SpaceRole,
  parseSpaceId,
  type SpaceId,
} from '@maillage/schema'
import { PlatformRole } from '../persistence/records/Account.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import { documentAccess, documentSyncGrant } from './accessPolicy.ts'
import type { Actor } from './Actor.ts'
import {
  canDraftPilotageBilan,
  canMeasureIndicator,
  canSeeFullPilotageOf,
  isRegionalPilotageViewer,
} from './pilotageAccess.ts'

const LILLE = parseSpaceId('clpe-59004')
const LENS = parseSpaceId('clpe-62005')
const GROUP = parseSpaceId('groupe-0a1b2c3d4e5f')

function actor(options: { admin?: boolean; roles?: [SpaceId, SpaceRole][] } = {}): Actor {
  return {
    account: {
      id: 'compte-1',
      email: 'personne@exemple.fr',
      name: 'Personne',
      organisation: '',
      color: '#1f6feb',
      passwordHash: 'scrypt$…',
      platformRole: options.admin === true ? PlatformRole.Admin : PlatformRole.Membre,
      createdAt: '2026-01-05T09:00:00.000Z',
    },
    roles: new Map(options.roles ?? []),
    via: 'session',
  }
}

function document(
  kind: DocumentKind,
  options: { spaceId?: SpaceId; privateTo?: string; archived?: boolean } = {},
): DocumentRecord {
  return {
    id: parseDocumentId(`${kind}-1`),
    spaceId: options.spaceId ?? LILLE,
    kind,
    title: 'Document',
    sharedWithAll: false,
    createdBy: 'compte-2',
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-05T09:00:00.000Z',
    ...(options.privateTo === undefined ? {} : { privateTo: options.privateTo }),
    ...(options.archived === true ? { archivedAt: '2026-02-01T09:00:00.000Z' } : {}),
  }
}

const PEOPLE = {
  admin: actor({ admin: true }),
  regionalLecteur: actor({ roles: [[REGIONAL_SPACE_IDS.regional, SpaceRole.Lecteur]] }),
  regionalContributeur: actor({ roles: [[REGIONAL_SPACE_IDS.regional, SpaceRole.Contributeur]] }),
  core: actor({ roles: [[REGIONAL_SPACE_IDS.core, SpaceRole.Lecteur]] }),
  copil: actor({ roles: [[REGIONAL_SPACE_IDS.copil, SpaceRole.Contributeur]] }),
  lille: actor({ roles: [[LILLE, SpaceRole.Contributeur]] }),
  lilleLecteur: actor({ roles: [[LILLE, SpaceRole.Lecteur]] }),
  lens: actor({ roles: [[LENS, SpaceRole.Contributeur]] }),
}

describe('the access of the pilotage', () => {
  it('counts admins and every member of the espace régional or the CoRE as the region', () => {
    expect(isRegionalPilotageViewer(PEOPLE.admin)).toBe(true)
    expect(isRegionalPilotageViewer(PEOPLE.regionalLecteur)).toBe(true)
    expect(isRegionalPilotageViewer(PEOPLE.core)).toBe(true)
    expect(isRegionalPilotageViewer(PEOPLE.copil)).toBe(false)
    expect(isRegionalPilotageViewer(PEOPLE.lille)).toBe(false)
  })

  it('shows a space’s full pilotage to its members and the region only', () => {
    expect(canSeeFullPilotageOf(PEOPLE.lille, LILLE)).toBe(true)
    expect(canSeeFullPilotageOf(PEOPLE.lilleLecteur, LILLE)).toBe(true)
    expect(canSeeFullPilotageOf(PEOPLE.core, LILLE)).toBe(true)
    expect(canSeeFullPilotageOf(PEOPLE.lens, LILLE)).toBe(false)
    expect(canSeeFullPilotageOf(PEOPLE.copil, LILLE)).toBe(false)
  })

  it('lets admins and the editors of the espace régional draft a bilan', () => {
    expect(canDraftPilotageBilan(PEOPLE.admin)).toBe(true)
    expect(canDraftPilotageBilan(PEOPLE.regionalContributeur)).toBe(true)
    expect(canDraftPilotageBilan(PEOPLE.regionalLecteur)).toBe(false)
    expect(canDraftPilotageBilan(PEOPLE.core)).toBe(false)
    expect(canDraftPilotageBilan(PEOPLE.lille)).toBe(false)
  })

  it('lets whoever may write the fiche measure its indicators', () => {
    const fiche = document(DocumentKind.FicheAction)
    expect(canMeasureIndicator(PEOPLE.lille, fiche)).toBe(true)
    expect(canMeasureIndicator(PEOPLE.admin, fiche)).toBe(true)
    expect(canMeasureIndicator(PEOPLE.lilleLecteur, fiche)).toBe(false)
    expect(canMeasureIndicator(PEOPLE.core, fiche)).toBe(false)
    expect(
      canMeasureIndicator(PEOPLE.lille, document(DocumentKind.FicheAction, { archived: true })),
    ).toBe(false)
  })

  it('lets the region read, never write, the steering documents of every CLPE', () => {
    for (const kind of [
      DocumentKind.FicheAction,
      DocumentKind.FeuilleDeRoute,
      DocumentKind.AutoEvaluation,
    ]) {
      for (const person of [PEOPLE.core, PEOPLE.regionalLecteur, PEOPLE.regionalContributeur]) {
        expect(documentAccess(person, document(kind)), kind).toBe('read')
        expect(documentSyncGrant(person, document(kind), null)).toEqual({ access: 'read' })
      }
      expect(documentAccess(PEOPLE.lens, document(kind))).toBeNull()
      expect(documentAccess(PEOPLE.copil, document(kind))).toBeNull()
    }
  })

  it('keeps from the region the other documents of a CLPE, private ones, and other spaces', () => {
    expect(documentAccess(PEOPLE.core, document(DocumentKind.Diagnostic))).toBeNull()
    expect(documentAccess(PEOPLE.core, document(DocumentKind.Note))).toBeNull()
    expect(
      documentAccess(PEOPLE.core, document(DocumentKind.FicheAction, { privateTo: 'compte-9' })),
    ).toBeNull()
    expect(
      documentAccess(PEOPLE.core, document(DocumentKind.FicheAction, { spaceId: GROUP })),
    ).toBeNull()
  })
})
