import { randomUUID } from 'node:crypto'
import {
  REGIONAL_SPACE_IDS,
  SpaceRole,
  clpeSpaceId,
  seedSpaces,
  type SpaceId,
} from '@maillage/schema'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { PlatformRole, type Account } from '../persistence/records/Account.ts'
import { DEMO_PASSWORD_HASH } from './demoPasswordHash.ts'

/** Password of every demo account (listed in the README; never seeded in production). */
export const DEMO_PASSWORD = 'demo-maillage-2026'

interface DemoAccount {
  readonly email: string
  readonly name: string
  readonly organisation: string
  readonly color: string
  readonly admin: boolean
  readonly memberships: readonly { spaceId: SpaceId; role: SpaceRole }[]
}

const LILLE = clpeSpaceId('CLPE59004')
const LENS = clpeSpaceId('CLPE62005')

/** The demo accounts of `npm start`, one per kind of user. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: 'admin@demo.maillage.fr',
    name: 'Camille Dupont',
    organisation: 'C2RP — équipe régionale',
    color: '#8e24aa',
    admin: true,
    memberships: [
      { spaceId: REGIONAL_SPACE_IDS.regional, role: SpaceRole.Animateur },
      { spaceId: REGIONAL_SPACE_IDS.core, role: SpaceRole.Animateur },
    ],
  },
  {
    email: 'lille@demo.maillage.fr',
    name: 'Nadia Benali',
    organisation: 'France Travail — Lille',
    color: '#1f6feb',
    admin: false,
    memberships: [{ spaceId: LILLE, role: SpaceRole.Contributeur }],
  },
  {
    email: 'lille2@demo.maillage.fr',
    name: 'Élodie Vasseur',
    organisation: 'Mission locale de Lille',
    color: '#ad1457',
    admin: false,
    // A second contributeur of the same CLPE, so that co-editing can be tried without an invitation.
    memberships: [{ spaceId: LILLE, role: SpaceRole.Contributeur }],
  },
  {
    email: 'lens@demo.maillage.fr',
    name: 'Julien Lefebvre',
    organisation: 'Mission locale de Lens-Liévin',
    color: '#2e7d32',
    admin: false,
    memberships: [{ spaceId: LENS, role: SpaceRole.Contributeur }],
  },
  {
    email: 'copil@demo.maillage.fr',
    name: 'Sophie Martin',
    organisation: 'DREETS Hauts-de-France',
    color: '#e65100',
    admin: false,
    memberships: [{ spaceId: REGIONAL_SPACE_IDS.copil, role: SpaceRole.Contributeur }],
  },
  {
    email: 'lecteur@demo.maillage.fr',
    name: 'Thomas Petit',
    organisation: 'Communauté urbaine — Lille',
    color: '#00695c',
    admin: false,
    memberships: [{ spaceId: LILLE, role: SpaceRole.Lecteur }],
  },
]

/**
 * Fills a new data directory: the regional spaces when there are none, and with `demo` the demo
 * accounts when there is no account. Idempotent: an existing directory is left as it is.
 */
export async function seedMetadata(
  store: MetadataStore,
  options: { demo: boolean; now: string },
): Promise<void> {
  if ((await store.listSpaces()).length === 0) {
    for (const space of seedSpaces()) await store.createSpace({ ...space, createdAt: options.now })
  }
  if (!options.demo || (await store.listAccounts()).length > 0) return
  // One hash for all demo accounts, made in advance: they share a published password anyway, and
  // start-up stays fast.
  const passwordHash = DEMO_PASSWORD_HASH
  for (const demo of DEMO_ACCOUNTS) {
    const account: Account = {
      id: randomUUID(),
      email: demo.email,
      name: demo.name,
      organisation: demo.organisation,
      color: demo.color,
      passwordHash,
      platformRole: demo.admin ? PlatformRole.Admin : PlatformRole.Membre,
      createdAt: options.now,
    }
    await store.createAccount(account)
    for (const membership of demo.memberships) {
      await store.putMembership({ ...membership, accountId: account.id, createdAt: options.now })
    }
  }
}
