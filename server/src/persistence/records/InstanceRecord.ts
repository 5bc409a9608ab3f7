import { z } from 'zod'
import { spaceSchema } from './Space.ts'

/** The kinds of governance instances: the region's four, and each CLPE's plenary and bureau. */
export const InstanceKind = {
  ComitePilotage: 'comite-pilotage',
  ComiteTerritoires: 'comite-territoires',
  ComiteTerritoiresElargi: 'comite-territoires-elargi',
  BureauCore: 'bureau-core',
  PleniereClpe: 'pleniere-clpe',
  BureauClpe: 'bureau-clpe',
} as const
export type InstanceKind = (typeof InstanceKind)[keyof typeof InstanceKind]

/** The profile of a CLPE's territory, set by the regional team. */
export const ClpeProfile = {
  Urbain: 'urbain',
  Periurbain: 'periurbain',
  Rural: 'rural',
} as const
export type ClpeProfile = (typeof ClpeProfile)[keyof typeof ClpeProfile]

/** Longest name of an instance or member, in characters. */
export const MAX_INSTANCE_NAME_LENGTH = 200

/**
 * A governance instance (comité de pilotage, comité des territoires, bureau du CoRE, a CLPE's
 * plénière or bureau) and the space it lives in. `quorum` is the number of members present a
 * séance needs. A CLPE's plénière also carries the CLPE's profile (`clpeProfile`), the one
 * setting per CLPE the comité de pilotage's representation rule reads.
 */
export const instanceRecordSchema = z.object({
  id: z.string().min(1).max(100),
  kind: z.enum(Object.values(InstanceKind) as [InstanceKind, ...InstanceKind[]]),
  name: z.string().min(1).max(MAX_INSTANCE_NAME_LENGTH),
  spaceId: spaceSchema.shape.id,
  quorum: z.number().int().min(1),
  createdAt: z.iso.datetime(),
  clpeProfile: z.enum(Object.values(ClpeProfile) as [ClpeProfile, ...ClpeProfile[]]).optional(),
})
export type InstanceRecord = z.infer<typeof instanceRecordSchema>
