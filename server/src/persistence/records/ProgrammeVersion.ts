import { z } from 'zod'

/**
 * The validation steps of a version of the programme d'accompagnement, in their order: proposé by
 * the regional team, validé en COPIL, validé par le bureau du CoRE, présenté aux CLPE.
 */
export const ProgrammeStep = {
  Propose: 'propose',
  ValideCopil: 'valide-copil',
  ValideBureauCore: 'valide-bureau-core',
  PresenteClpe: 'presente-clpe',
} as const
export type ProgrammeStep = (typeof ProgrammeStep)[keyof typeof ProgrammeStep]

/** The steps in their order (a version moves one step forward at a time). */
export const PROGRAMME_STEPS: readonly ProgrammeStep[] = [
  ProgrammeStep.Propose,
  ProgrammeStep.ValideCopil,
  ProgrammeStep.ValideBureauCore,
  ProgrammeStep.PresenteClpe,
]

/** Bounds of a version's fields, shared by the record and the API input. */
export const PROGRAMME_VERSION_LIMITS = {
  titleLength: 200,
  reasonLength: 2000,
  /** Entries of a version's history: each step and each sending back. */
  historyEntries: 200,
} as const

const stepSchema = z.enum(Object.values(ProgrammeStep) as [ProgrammeStep, ...ProgrammeStep[]])

/** One entry of a version's history: the step it reached, when, by whom, and why if sent back. */
export const programmeStepEntrySchema = z.object({
  step: stepSchema,
  at: z.iso.datetime(),
  byId: z.string().min(1),
  /** The name as it was then. */
  byName: z.string().min(1).max(120),
  /** Present when the version was sent back to `propose` from `from`, with its reason. */
  sentBackFrom: stepSchema.optional(),
  reason: z.string().min(1).max(PROGRAMME_VERSION_LIMITS.reasonLength).optional(),
})
export type ProgrammeStepEntry = z.infer<typeof programmeStepEntrySchema>

/**
 * A version of the programme d'accompagnement: a whole set of lines (`ProgrammeLine`) under one
 * number, its validation step and the history of its steps. A new version copies the lines of the
 * one it is `basedOn`; its lines are edited only while it is `propose`.
 */
export const programmeVersionSchema = z.object({
  id: z.string().min(1),
  number: z.number().int().positive(),
  title: z.string().min(1).max(PROGRAMME_VERSION_LIMITS.titleLength),
  status: stepSchema,
  createdAt: z.iso.datetime(),
  /** Account id of who created it. */
  createdBy: z.string().min(1),
  basedOn: z.string().min(1).optional(),
  history: z.array(programmeStepEntrySchema).max(PROGRAMME_VERSION_LIMITS.historyEntries),
})
export type ProgrammeVersion = z.infer<typeof programmeVersionSchema>
