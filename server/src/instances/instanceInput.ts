import { z } from 'zod'
import { College } from '../persistence/records/InstanceMember.ts'
import { ClpeProfile, MAX_INSTANCE_NAME_LENGTH } from '../persistence/records/InstanceRecord.ts'

// The API's bodies of the instances (zod, French messages).

const day = z.iso
  .date({ error: 'Indiquez une date au format AAAA-MM-JJ.' })
  .refine((value) => value >= '2000-01-01' && value <= '2100-12-31', {
    error: 'Indiquez une date entre 2000 et 2100.',
  })

/** A required line of text: `what` as in « Indiquez le nom ». */
const text = (what: string) =>
  z
    .string({ error: `Indiquez ${what}.` })
    .trim()
    .min(1, { error: `Indiquez ${what}.` })
    .max(MAX_INSTANCE_NAME_LENGTH, {
      error: `Abrégez : ${MAX_INSTANCE_NAME_LENGTH} caractères au plus.`,
    })

/** A new member's mandate: `POST /api/gouvernance/instances/:id/membres`. */
export const memberBodySchema = z
  .strictObject({
    name: text('le nom'),
    accountId: z.string().min(1).max(100).optional(),
    college: z.enum(Object.values(College) as [College, ...College[]], {
      error: 'Choisissez le collège.',
    }),
    body: text('l’organisme représenté'),
    clpeSpaceId: z.string().min(1).max(64).optional(),
    startsOn: day,
    endsOn: day.optional(),
  })
  .refine((member) => member.endsOn === undefined || member.endsOn >= member.startsOn, {
    error: 'La fin du mandat ne peut pas précéder son début.',
    path: ['endsOn'],
  })
  .refine((member) => (member.college === College.Clpe) === (member.clpeSpaceId !== undefined), {
    error: 'Un siège du collège CLPE désigne un CLPE, et seulement lui.',
    path: ['clpeSpaceId'],
  })
export type MemberInput = z.infer<typeof memberBodySchema>

/** The end of a mandate: `POST /api/gouvernance/instances/:id/membres/:mandateId/fin`. */
export const endMandateBodySchema = z.strictObject({ endsOn: day })

/** A CLPE's profile: `PUT /api/gouvernance/instances/:id/profil-clpe`. */
export const clpeProfileBodySchema = z.strictObject({
  profile: z.enum(Object.values(ClpeProfile) as [ClpeProfile, ...ClpeProfile[]], {
    error: 'Choisissez un profil : urbain, périurbain ou rural.',
  }),
})
