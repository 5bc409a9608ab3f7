import { z } from 'zod'
import { ClpeProfile, MAX_INSTANCE_NAME_LENGTH } from './InstanceRecord.ts'
import { spaceSchema } from './Space.ts'

/** The collèges members of an instance sit in. */
export const College = {
  Etat: 'etat',
  Region: 'region',
  PartenairesSociaux: 'partenaires-sociaux',
  FranceTravail: 'france-travail',
  Clpe: 'clpe',
  Collectivites: 'collectivites',
  Autres: 'autres',
} as const
export type College = (typeof College)[keyof typeof College]

const day = z.iso.date()

/**
 * A mandate: one person's seat in an instance, for the body they represent, from `startsOn` to
 * `endsOn` (inclusive; open when absent). A CLPE seat names the CLPE's space and the profile it
 * had when designated. Ending a mandate sets `endsOn`; mandates are never deleted, so the past
 * ones make the rotation history.
 */
export const instanceMemberSchema = z
  .object({
    id: z.string().min(1),
    instanceId: z.string().min(1),
    name: z.string().min(1).max(MAX_INSTANCE_NAME_LENGTH),
    accountId: z.string().min(1).optional(),
    college: z.enum(Object.values(College) as [College, ...College[]]),
    body: z.string().min(1).max(MAX_INSTANCE_NAME_LENGTH),
    clpeSpaceId: spaceSchema.shape.id.optional(),
    clpeProfile: z.enum(Object.values(ClpeProfile) as [ClpeProfile, ...ClpeProfile[]]).optional(),
    startsOn: day,
    endsOn: day.optional(),
  })
  .refine((member) => member.endsOn === undefined || member.endsOn >= member.startsOn, {
    error: 'endsOn is before startsOn',
    path: ['endsOn'],
  })
export type InstanceMember = z.infer<typeof instanceMemberSchema>
