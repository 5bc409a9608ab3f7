import { REGIONAL_SPACE_IDS, SpaceKind, clpeSpaceId, type SpaceId } from '@maillage/schema'
import { randomUUID } from 'node:crypto'
import { MetadataError, MetadataErrorCode } from '../persistence/MetadataError.ts'
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
 * Creates the governance's instances when the store has none — a new data directory, or one
 * written before the governance existed (metadata version 7 or older): the comité de pilotage,
 * the comité des territoires and its enlarged form, the bureau du CoRE, and each CLPE's plénière
 * (with the CLPE's profile, {@link CLPE_PROFILE_SEEDS}) and bureau. With `demo`, their demo
 * members (`instanceSeeds.ts`), linked to the demo accounts where natural. Does nothing when
 * instances exist already. Safe with several processes: an instance another one created first
 * (`METADATA_CONFLICT` on its id) is left as it is, and only the process that created the comité
 * de pilotage adds the demo members.
 */
export async function seedInstances(
  store: MetadataStore,
  options: { demo: boolean; now: string },
): Promise<void> {
  if ((await store.instances.listInstances()).length > 0) return
  const created: boolean[] = []
  for (const instance of REGIONAL_INSTANCES) {
    created.push(await createAbsent(store, { ...instance, createdAt: options.now }))
  }
  const clpeSpaces = (await store.listSpaces()).filter((space) => space.kind === SpaceKind.Clpe)
  for (const space of clpeSpaces) {
    const code = space.territory?.clpeCode
    const profile = code === undefined ? undefined : CLPE_PROFILE_SEEDS[code]
    await createAbsent(store, {
      id: `${space.id}-pleniere`,
      kind: InstanceKind.PleniereClpe,
      name: `Plénière du ${space.name}`,
      spaceId: space.id,
      quorum: 8,
      createdAt: options.now,
      ...(profile === undefined ? {} : { clpeProfile: profile }),
    })
    await createAbsent(store, {
      id: `${space.id}-bureau`,
      kind: InstanceKind.BureauClpe,
      name: `Bureau du ${space.name}`,
      spaceId: space.id,
      quorum: 3,
      createdAt: options.now,
    })
  }
  // The comité de pilotage's id is the claim: one process only adds the demo members.
  if (options.demo && created[0] === true) await seedDemoMandates(store)
}

/** Creates `instance`; false when one of its id exists already (another process made it). */
async function createAbsent(store: MetadataStore, instance: InstanceRecord): Promise<boolean> {
  try {
    await store.instances.createInstance(instance)
    return true
  } catch (error) {
    if (error instanceof MetadataError && error.code === MetadataErrorCode.Conflict) return false
    throw error
  }
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
