import { z } from 'zod'

/** What a line of the programme offers. */
export const ProgrammeLineKind = {
  Webinaire: 'webinaire',
  Atelier: 'atelier',
  Outil: 'outil',
  AppuiMethodologique: 'appui-methodologique',
  Livrable: 'livrable',
} as const
export type ProgrammeLineKind = (typeof ProgrammeLineKind)[keyof typeof ProgrammeLineKind]

/** Bounds of a line's fields, shared by the record and the API input. */
export const PROGRAMME_LINE_LIMITS = {
  /** Lines of one version. */
  linesPerVersion: 300,
  partnerLength: 120,
  titleLength: 200,
  descriptionLength: 4000,
  audienceLength: 300,
  periodLength: 120,
  clpeSpaceIds: 40,
  targetClpeCount: 400,
} as const

/**
 * One line of a version of the programme: a partner's contribution to the coordinated offer (a
 * webinaire, an atelier, a tool, an appui méthodologique or a livrable). `lineKey` stays the same
 * from a version to the versions copied from it, so that versions compare line by line and what
 * carries the line out (its links) follows it. `clpeSpaceIds` absent: every CLPE is concerned.
 */
export const programmeLineSchema = z.object({
  id: z.string().min(1),
  versionId: z.string().min(1),
  lineKey: z.string().min(1).max(100),
  /** Order of the line in its version. */
  position: z.number().int().nonnegative(),
  partner: z.string().min(1).max(PROGRAMME_LINE_LIMITS.partnerLength),
  kind: z.enum(Object.values(ProgrammeLineKind) as [ProgrammeLineKind, ...ProgrammeLineKind[]]),
  title: z.string().min(1).max(PROGRAMME_LINE_LIMITS.titleLength),
  description: z.string().max(PROGRAMME_LINE_LIMITS.descriptionLength),
  audience: z.string().min(1).max(PROGRAMME_LINE_LIMITS.audienceLength).optional(),
  period: z.string().min(1).max(PROGRAMME_LINE_LIMITS.periodLength).optional(),
  clpeSpaceIds: z
    .array(z.string().min(1).max(40))
    .min(1)
    .max(PROGRAMME_LINE_LIMITS.clpeSpaceIds)
    .optional(),
  /** How many CLPE the line aims to reach. */
  targetClpeCount: z
    .number()
    .int()
    .positive()
    .max(PROGRAMME_LINE_LIMITS.targetClpeCount)
    .optional(),
})
export type ProgrammeLine = z.infer<typeof programmeLineSchema>
