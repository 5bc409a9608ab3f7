import { describe, expect, it } from 'vitest'
import { parseDocumentId } from '@maillage/protocol'
import { BREAKOUT_GROUP_ROOTS, SpaceRole, parseSpaceId, type SpaceId } from '@maillage/schema'
import { PlatformRole } from '../persistence/records/Account.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import {
  canCreateDocumentIn,
  canCreateSpace,
  canDeleteDocument,
  canEditDocumentRecord,
  canManageSpace,
  canSeeSpaceContent,
  documentAccess,
  documentSyncGrant,
  isAdmin,
  roleIn,
} from './accessPolicy.ts'
import type { Actor } from './Actor.ts'

const LILLE = parseSpaceId('clpe-59004')
const LENS = parseSpaceId('clpe-62005')

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

function lilleDocument(
  state: { sharedWithAll?: boolean; archived?: boolean } = {},
): DocumentRecord {
  return {
    id: parseDocumentId('diagnostic-lille'),
    spaceId: LILLE,
    kind: 'diagnostic',
    title: 'Diagnostic territorial',
    sharedWithAll: state.sharedWithAll ?? false,
    createdBy: 'compte-2',
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-05T09:00:00.000Z',
    ...(state.archived === true ? { archivedAt: '2026-02-01T09:00:00.000Z' } : {}),
  }
}

/** The people of the matrix, seen from CLPE Lille: an outsider is signed in, member of no space. */
const PEOPLE = {
  outsider: actor(),
  lecteur: actor({ roles: [[LILLE, SpaceRole.Lecteur]] }),
  contributeur: actor({ roles: [[LILLE, SpaceRole.Contributeur]] }),
  animateur: actor({ roles: [[LILLE, SpaceRole.Animateur]] }),
  animateurOfLens: actor({ roles: [[LENS, SpaceRole.Animateur]] }),
  admin: actor({ admin: true }),
} as const
type Person = keyof typeof PEOPLE

function decide(decision: (person: Actor) => unknown): Record<Person, unknown> {
  const entries = Object.entries(PEOPLE).map(([name, person]) => [name, decision(person)])
  return Object.fromEntries(entries) as Record<Person, unknown>
}

describe('accessPolicy', () => {
  it('knows admins by their platform role only', () => {
    expect(decide(isAdmin)).toEqual({
      outsider: false,
      lecteur: false,
      contributeur: false,
      animateur: false,
      animateurOfLens: false,
      admin: true,
    })
  })

  it('gives the role of a person in a space, and none outside it', () => {
    expect(roleIn(PEOPLE.contributeur, LILLE)).toBe(SpaceRole.Contributeur)
    expect(roleIn(PEOPLE.contributeur, LENS)).toBeUndefined()
    expect(roleIn(PEOPLE.admin, LILLE)).toBeUndefined()
  })

  it('shows a space’s content to its members and to admins', () => {
    expect(decide((person) => canSeeSpaceContent(person, LILLE))).toEqual({
      outsider: false,
      lecteur: true,
      contributeur: true,
      animateur: true,
      animateurOfLens: false,
      admin: true,
    })
  })

  it('lets contributeurs, animateurs and admins create documents in a space', () => {
    expect(decide((person) => canCreateDocumentIn(person, LILLE))).toEqual({
      outsider: false,
      lecteur: false,
      contributeur: true,
      animateur: true,
      animateurOfLens: false,
      admin: true,
    })
  })

  it('lets only the space’s animateurs and admins manage its members', () => {
    expect(decide((person) => canManageSpace(person, LILLE))).toEqual({
      outsider: false,
      lecteur: false,
      contributeur: false,
      animateur: true,
      animateurOfLens: false,
      admin: true,
    })
  })

  it('lets the animateurs of any space and admins create working groups', () => {
    expect(decide(canCreateSpace)).toEqual({
      outsider: false,
      lecteur: false,
      contributeur: false,
      animateur: true,
      animateurOfLens: true,
      admin: true,
    })
  })

  it('gives write to editors, read to lecteurs and nothing to strangers on a document', () => {
    expect(decide((person) => documentAccess(person, lilleDocument()))).toEqual({
      outsider: null,
      lecteur: 'read',
      contributeur: 'write',
      animateur: 'write',
      animateurOfLens: null,
      admin: 'write',
    })
  })

  it('lets every signed-in person read a document shared with all territories, and no more', () => {
    const shared = lilleDocument({ sharedWithAll: true })
    expect(decide((person) => documentAccess(person, shared))).toEqual({
      outsider: 'read',
      lecteur: 'read',
      contributeur: 'write',
      animateur: 'write',
      animateurOfLens: 'read',
      admin: 'write',
    })
  })

  it('makes an archived document read-only for everyone who could read it', () => {
    expect(decide((person) => documentAccess(person, lilleDocument({ archived: true })))).toEqual({
      outsider: null,
      lecteur: 'read',
      contributeur: 'read',
      animateur: 'read',
      animateurOfLens: null,
      admin: 'read',
    })
    const archivedAndShared = lilleDocument({ archived: true, sharedWithAll: true })
    expect(documentAccess(PEOPLE.animateurOfLens, archivedAndShared)).toBe('read')
  })

  it('lets editors rename, share and archive a document, and only animateurs and admins delete it', () => {
    const document = lilleDocument()
    expect(decide((person) => canEditDocumentRecord(person, document))).toEqual({
      outsider: false,
      lecteur: false,
      contributeur: true,
      animateur: true,
      animateurOfLens: false,
      admin: true,
    })
    expect(decide((person) => canDeleteDocument(person, document))).toEqual({
      outsider: false,
      lecteur: false,
      contributeur: false,
      animateur: true,
      animateurOfLens: false,
      admin: true,
    })
  })

  it('limits a seat holder to their breakout group while groups run, and no root when in none', () => {
    const atelier: DocumentRecord = { ...lilleDocument({ sharedWithAll: true }), kind: 'atelier' }
    const running = (group: number | null) => ({ running: true, group }) as const
    expect(documentSyncGrant(PEOPLE.animateurOfLens, atelier, 'inscrit', running(3))).toEqual({
      access: 'write',
      writableRoots: ['groupNotes-3', 'groupWall-3'],
    })
    expect(documentSyncGrant(PEOPLE.animateurOfLens, atelier, 'inscrit', running(null))).toEqual({
      access: 'write',
      writableRoots: [],
    })
    expect(documentSyncGrant(PEOPLE.animateurOfLens, atelier, 'liste-attente', running(3))).toEqual(
      { access: 'read' },
    )
    // Facilitators write every group, and never the server's `groups` root.
    const editor = documentSyncGrant(PEOPLE.contributeur, atelier, null, running(null))
    expect(editor?.writableRoots).toEqual(expect.arrayContaining(['groupNotes-12', 'groupWall-1']))
    expect(editor?.writableRoots).not.toContain('groups')
  })

  it('grants the websocket of an atelier by role and registration, and of a thread read-only', () => {
    const atelier: DocumentRecord = {
      ...lilleDocument({ sharedWithAll: true }),
      kind: 'atelier',
    }
    const thread: DocumentRecord = { ...atelier, kind: 'discussion' }
    // The wall's notes go through the API; every breakout group's notes and wall are the editors'.
    const editorRoots = ['title', 'meta', 'fields', 'body', 'wallGroups', ...BREAKOUT_GROUP_ROOTS]
    expect(documentSyncGrant(PEOPLE.contributeur, atelier, null)).toEqual({
      access: 'write',
      writableRoots: editorRoots,
    })
    expect(documentSyncGrant(PEOPLE.animateurOfLens, atelier, 'inscrit')).toEqual({
      access: 'write',
      writableRoots: ['body', 'wallGroups'],
    })
    expect(documentSyncGrant(PEOPLE.animateurOfLens, atelier, 'liste-attente')).toEqual({
      access: 'read',
    })
    expect(documentSyncGrant(PEOPLE.animateurOfLens, atelier, null)).toEqual({ access: 'read' })
    const archived: DocumentRecord = { ...atelier, archivedAt: '2026-02-01T09:00:00.000Z' }
    expect(documentSyncGrant(PEOPLE.animateurOfLens, archived, 'inscrit')).toEqual({
      access: 'read',
    })
    expect(documentSyncGrant(PEOPLE.admin, thread, null)).toEqual({ access: 'read' })
    expect(documentSyncGrant(PEOPLE.contributeur, lilleDocument(), null)).toEqual({
      access: 'write',
    })
    expect(documentSyncGrant(PEOPLE.animateurOfLens, lilleDocument(), null)).toBeNull()
  })
})

describe('fiches outil of the boîte à outils', () => {
  const regional = parseSpaceId('espace-regional')
  const fiche = (spaceId: SpaceId): DocumentRecord => ({
    ...lilleDocument(),
    spaceId,
    kind: 'outil',
    title: 'DORA',
  })

  it('lets every signed-in member read a fiche outil of the espace régional, not write it', () => {
    expect(documentAccess(PEOPLE.outsider, fiche(regional))).toBe('read')
    expect(documentAccess(PEOPLE.contributeur, fiche(regional))).toBe('read')
    expect(documentSyncGrant(PEOPLE.lecteur, fiche(regional), null)).toEqual({ access: 'read' })
    const editor = actor({ roles: [[regional, SpaceRole.Contributeur]] })
    expect(documentAccess(editor, fiche(regional))).toBe('write')
  })

  it('keeps a fiche outil of another space to that space, like any document', () => {
    expect(documentAccess(actor({ roles: [[LENS, SpaceRole.Contributeur]] }), fiche(LILLE))).toBe(
      null,
    )
  })
})
