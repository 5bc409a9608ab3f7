import type { Actor } from '../auth/Actor.ts'
import type { Services } from '../composition/Services.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { VeilleOriginKind, VeilleStatus } from '../persistence/records/VeilleItem.ts'
import { VEILLE_SEEDS, type VeilleSeed } from './veilleSeeds.ts'

const DAY_MS = 24 * 60 * 60 * 1000

async function actorOf(store: MetadataStore, email: string): Promise<Actor | null> {
  const account = await store.findAccountByEmail(email)
  if (account === null) return null
  const memberships = await store.listMembershipsOfAccount(account.id)
  return {
    account,
    via: 'session',
    roles: new Map(memberships.map((membership) => [membership.spaceId, membership.role])),
  }
}

/**
 * Fills the veille of a new demo data directory ({@link VEILLE_SEEDS}): items proposed by the demo
 * members of Lille and Lens and by the admin, dated from the seed's day, then curated by the
 * admin as the regional team would (most published, three selected for the lettre, two still
 * proposed, one set aside). Call before the lettre's seed, which assembles its numéro from them.
 */
export async function seedVeille(
  services: Pick<Services, 'veille'>,
  options: { store: MetadataStore; now: number },
): Promise<void> {
  const admin = await actorOf(options.store, 'admin@demo.maillage.fr')
  if (admin === null) return
  for (const seed of VEILLE_SEEDS) {
    const author = await actorOf(options.store, `${seed.by}@demo.maillage.fr`)
    if (author === null) continue
    await seedItem(services, { seed, author, admin, now: options.now })
  }
}

async function seedItem(
  services: Pick<Services, 'veille'>,
  context: { seed: VeilleSeed; author: Actor; admin: Actor; now: number },
): Promise<void> {
  const { seed, author, admin } = context
  const publishedOn = new Date(context.now - seed.ageDays * DAY_MS).toISOString().slice(0, 10)
  const item = await services.veille.insert(
    author,
    { ...seed.item, publishedOn },
    { kind: VeilleOriginKind.Saisie },
  )
  if (seed.status === VeilleStatus.Propose) return
  await services.veille.curate(admin, item.id, {
    status: seed.status,
    ...(seed.selectedForLettre === true ? { selectedForLettre: true } : {}),
  })
}
