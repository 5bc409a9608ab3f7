import { describe, expect, it } from 'vitest'
import { parseDocumentId } from '@maillage/protocol'
import {
  DocumentKind,
  REGIONAL_SPACE_IDS,
  SpaceRole,
  parseSpaceId,
  type SpaceId,
} from '@maillage/schema'
import type { Actor } from '../auth/Actor.ts'
import { account, documentRecord } from '../persistence/metadataFixtures.ts'
import { PlatformRole } from '../persistence/records/Account.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import { audienceOfActor, audienceOfDocument, canFindInSearch } from './searchAudience.ts'

const LILLE = parseSpaceId('clpe-59004')
const LENS = parseSpaceId('clpe-62005')

function actor(options: { admin?: boolean; roles?: [SpaceId, SpaceRole][]; id?: string } = {}) {
  return {
    account: account({
      id: options.id ?? 'compte-1',
      platformRole: options.admin === true ? PlatformRole.Admin : PlatformRole.Membre,
    }),
    roles: new Map(options.roles ?? []),
    via: 'session',
  } satisfies Actor
}

function lilleDocument(overrides: Partial<DocumentRecord> = {}): DocumentRecord {
  return documentRecord({
    id: parseDocumentId('diagnostic-lille'),
    spaceId: LILLE,
    kind: DocumentKind.Diagnostic,
    sharedWithAll: false,
    ...overrides,
  })
}

/** Whether the index's pre-selection lets `who` find `record` (keys in common). */
function preselected(who: Actor, record: DocumentRecord): boolean {
  const keys = new Set(audienceOfActor(who))
  return audienceOfDocument(record).some((key) => keys.has(key))
}

const lilleMember = actor({ roles: [[LILLE, SpaceRole.Lecteur]] })
const lensMember = actor({ roles: [[LENS, SpaceRole.Contributeur]] })
const admin = actor({ admin: true, id: 'compte-admin' })
const region = actor({ roles: [[REGIONAL_SPACE_IDS.core, SpaceRole.Lecteur]] })

describe('search audience', () => {
  const cases: [string, DocumentRecord, Actor, boolean][] = [
    ['a member finds her space’s document', lilleDocument(), lilleMember, true],
    ['another CLPE’s member does not', lilleDocument(), lensMember, false],
    [
      'nor once archived',
      lilleDocument({ archivedAt: '2026-01-01T00:00:00.000Z' }),
      lensMember,
      false,
    ],
    ['an admin finds it', lilleDocument(), admin, true],
    ['another CLPE finds it shared', lilleDocument({ sharedWithAll: true }), lensMember, true],
    [
      'but not shared and archived',
      lilleDocument({ sharedWithAll: true, archivedAt: '2026-01-01T00:00:00.000Z' }),
      lensMember,
      false,
    ],
    [
      'a member finds it archived',
      lilleDocument({ archivedAt: '2026-01-01T00:00:00.000Z' }),
      lilleMember,
      true,
    ],
    [
      'nobody else finds a private answer, admins included',
      lilleDocument({ privateTo: 'compte-autre' }),
      admin,
      false,
    ],
    ['its author finds it', lilleDocument({ privateTo: 'compte-1' }), lilleMember, true],
    [
      'every member finds a fiche outil of the boîte à outils',
      lilleDocument({ spaceId: REGIONAL_SPACE_IDS.regional, kind: DocumentKind.Outil }),
      lensMember,
      true,
    ],
    [
      'the region finds a CLPE’s fiche action',
      lilleDocument({ kind: DocumentKind.FicheAction }),
      region,
      true,
    ],
    ['but not its diagnostic', lilleDocument(), region, false],
  ]

  it.each(cases)('%s, the same in the index and in the check', (_, record, who, expected) => {
    expect(canFindInSearch(who, record)).toBe(expected)
    expect(preselected(who, record)).toBe(expected)
  })

  it('lets nobody signed out find a thread of the échanges', () => {
    const thread = lilleDocument({
      spaceId: REGIONAL_SPACE_IDS.regional,
      kind: DocumentKind.Discussion,
      sharedWithAll: true,
    })
    expect(canFindInSearch(lensMember, thread)).toBe(true)
    expect(canFindInSearch(actor({ id: '' }), thread)).toBe(false)
  })
})
