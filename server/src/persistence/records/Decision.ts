import { z } from 'zod'

/** Where a decision stands in its follow-up. */
export const DecisionStatus = {
  AFaire: 'a-faire',
  EnCours: 'en-cours',
  Fait: 'fait',
  Abandonne: 'abandonne',
} as const
export type DecisionStatus = (typeof DecisionStatus)[keyof typeof DecisionStatus]

/** What a decision may be about: a tool (proposal or fiche), a document, the programme, a version. */
export const DecisionSubjectKind = {
  Outil: 'outil',
  Document: 'document',
  Programme: 'programme',
  Version: 'version',
} as const
export type DecisionSubjectKind = (typeof DecisionSubjectKind)[keyof typeof DecisionSubjectKind]

/** Where a decision was taken: a séance, the tool validation, a programme step, or typed in. */
export const DecisionSourceKind = {
  Seance: 'seance',
  ValidationOutil: 'validation-outil',
  Programme: 'programme',
  Saisie: 'saisie',
} as const
export type DecisionSourceKind = (typeof DecisionSourceKind)[keyof typeof DecisionSourceKind]

/** The validation steps of the programme d’accompagnement (CONTRACTS: `ProgrammeStep`). */
export const PROGRAMME_STEPS = [
  'propose',
  'valide-copil',
  'valide-bureau-core',
  'presente-clpe',
] as const

/** Bounds of a decision's fields, shared by the record and the API input. */
export const DECISION_LIMITS = {
  textLength: 4000,
  labelLength: 300,
  idLength: 200,
  nameLength: 120,
  noteLength: 2000,
  followUps: 200,
} as const

const idSchema = z.string().min(1).max(DECISION_LIMITS.idLength)

export const decisionSubjectSchema = z.object({
  kind: z.enum(
    Object.values(DecisionSubjectKind) as [DecisionSubjectKind, ...DecisionSubjectKind[]],
  ),
  /** `outil`: a proposal id or a fiche document id; `version`: `<documentId>:<versionId>`. */
  id: idSchema,
  label: z.string().min(1).max(DECISION_LIMITS.labelLength),
})
export type DecisionSubject = z.infer<typeof decisionSubjectSchema>

export const decisionSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal(DecisionSourceKind.Seance), meetingId: idSchema }),
  z.object({ kind: z.literal(DecisionSourceKind.ValidationOutil), proposalId: idSchema }),
  z.object({
    kind: z.literal(DecisionSourceKind.Programme),
    versionId: idSchema,
    step: z.enum(PROGRAMME_STEPS),
  }),
  z.object({ kind: z.literal(DecisionSourceKind.Saisie) }),
])
export type DecisionSource = z.infer<typeof decisionSourceSchema>

export const decisionOwnerSchema = z.object({
  accountId: idSchema.optional(),
  name: z.string().min(1).max(DECISION_LIMITS.nameLength),
})

/** One step of a decision's follow-up: its status set, with an optional note, dated and signed. */
export const decisionFollowUpSchema = z.object({
  at: z.iso.datetime(),
  byId: idSchema,
  byName: z.string().min(1).max(DECISION_LIMITS.nameLength),
  status: z.enum(Object.values(DecisionStatus) as [DecisionStatus, ...DecisionStatus[]]),
  note: z.string().min(1).max(DECISION_LIMITS.noteLength).optional(),
})
export type DecisionFollowUp = z.infer<typeof decisionFollowUpSchema>

/** What is given to record a decision (CONTRACTS: `NewDecision`). */
export const newDecisionSchema = z.object({
  instanceId: idSchema,
  /** Day the instance decided, `YYYY-MM-DD`. */
  decidedOn: z.iso.date(),
  text: z.string().trim().min(1).max(DECISION_LIMITS.textLength),
  subject: decisionSubjectSchema.optional(),
  /** Who carries the follow-up action, if any. */
  owner: decisionOwnerSchema.optional(),
  dueOn: z.iso.date().optional(),
  source: decisionSourceSchema,
})
export type NewDecision = z.infer<typeof newDecisionSchema>

/**
 * One entry of the register of decisions: what an instance decided, on which day, about what,
 * who carries it and by when, and where it stands (with its follow-up history).
 */
export const decisionRecordSchema = newDecisionSchema.extend({
  id: z.string().min(1),
  status: z.enum(Object.values(DecisionStatus) as [DecisionStatus, ...DecisionStatus[]]),
  createdAt: z.iso.datetime(),
  createdBy: idSchema.optional(),
  followUps: z.array(decisionFollowUpSchema).max(DECISION_LIMITS.followUps),
})
export type DecisionRecord = z.infer<typeof decisionRecordSchema>
