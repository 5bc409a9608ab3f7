import { REGIONAL_SPACE_IDS, SpaceKind, clpeSpaceId, type SpaceId } from '@maillage/schema'
import { randomUUID } from 'node:crypto'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { InstanceMember } from '../persistence/records/InstanceMember.ts'
import { InstanceKind, type InstanceRecord } from '../persistence/records/InstanceRecord.ts'
import {
  CLPE_MANDATE_SEEDS,
  CLPE_PROFILE_SEEDS,
  REGIONAL_MANDATE_SEEDS,
  type MandateSeed,
} from './instanceSeeds.ts'

const REGIONAL_INSTANCES: readonly Omit<InstanceRecord, 'createdAt'>[] = [
  {
    id: 'copil',
    kind: InstanceKind.ComitePilotage,
    name: 'Comité de pilotage',
    spaceId: REGIONAL_SPACE_IDS.copil,
    quorum: 8,
  },
  {
    id: 'comite-territoires',
    kind: InstanceKind.ComiteTerritoires,
    name: 'Comité des territoires',
    spaceId: REGIONAL_SPACE_IDS.core,
    quorum: 5,
  },
  {
    id: 'comite-territoires-elargi',
    kind: InstanceKind.ComiteTerritoiresElargi,
    name: 'Comité des territoires élargi aux CLPE',
    spaceId: REGIONAL_SPACE_IDS.core,
    quorum: 4,
  },
  {
    id: 'bureau-core',
    kind: InstanceKind.BureauCore,
    name: 'Bureau du CoRE',
    spaceId: REGIONAL_SPACE_IDS.core,
    quorum: 3,
  },
]

/**
 * Creates the governance's instances of a new data directory: the comité de pilotage, the comité
 * des territoires and its enlarged form, the bureau du CoRE, and each CLPE's plénière (with the
 * CLPE's profile, {@link CLPE_PROFILE_SEEDS}) and bureau. With `demo`, their demo members
 * (`instanceSeeds.ts`), linked to the demo accounts where natural. Does nothing when instances
 * exist already.
 */
export async function seedInstances(
  store: MetadataStore,
  options: { demo: boolean; now: string },
): Promise<void> {
  if ((await store.instances.listInstances()).length > 0) return
  for (const instance of REGIONAL_INSTANCES) {
    await store.instances.createInstance({ ...instance, createdAt: options.now })
  }
  const clpeSpaces = (await store.listSpaces()).filter((space) => space.kind === SpaceKind.Clpe)
  for (const space of clpeSpaces) {
    const code = space.territory?.clpeCode
    const profile = code === undefined ? undefined : CLPE_PROFILE_SEEDS[code]
    await store.instances.createInstance({
      id: `${space.id}-pleniere`,
      kind: InstanceKind.PleniereClpe,
      name: `Plénière du ${space.name}`,
      spaceId: space.id,
      quorum: 8,
      createdAt: options.now,
      ...(profile === undefined ? {} : { clpeProfile: profile }),
    })
    await store.instances.createInstance({
      id: `${space.id}-bureau`,
      kind: InstanceKind.BureauClpe,
      name: `Bureau du ${space.name}`,
      spaceId: space.id,
      quorum: 3,
      createdAt: options.now,
    })
  }
  if (options.demo) await seedDemoMandates(store)
}

async function seedDemoMandates(store: MetadataStore): Promise<void> {
  for (const [instanceId, seeds] of Object.entries(REGIONAL_MANDATE_SEEDS)) {
    for (const seed of seeds)
      await store.instances.createMandate(await mandateOf(store, instanceId, seed))
  }
  for (const [code, seeds] of Object.entries(CLPE_MANDATE_SEEDS)) {
    const spaceId = clpeSpaceId(code)
    for (const seed of seeds.pleniere) {
      await store.instances.createMandate(await mandateOf(store, `${spaceId}-pleniere`, seed))
    }
    for (const seed of seeds.bureau) {
      await store.instances.createMandate(await mandateOf(store, `${spaceId}-bureau`, seed))
    }
  }
}

async function mandateOf(
  store: MetadataStore,
  instanceId: string,
  seed: MandateSeed,
): Promise<InstanceMember> {
  const account =
    seed.account === undefined
      ? null
      : await store.findAccountByEmail(`${seed.account}@demo.maillage.fr`)
  const clpe: SpaceId | undefined = seed.clpe === undefined ? undefined : clpeSpaceId(seed.clpe)
  const profile = seed.clpe === undefined ? undefined : CLPE_PROFILE_SEEDS[seed.clpe]
  return {
    id: randomUUID(),
    instanceId,
    name: seed.name,
    ...(account === null ? {} : { accountId: account.id }),
    college: seed.college,
    body: seed.body,
    ...(clpe === undefined ? {} : { clpeSpaceId: clpe }),
    ...(profile === undefined ? {} : { clpeProfile: profile }),
    startsOn: seed.startsOn,
    ...(seed.endsOn === undefined ? {} : { endsOn: seed.endsOn }),
  }
}
