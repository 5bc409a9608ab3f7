import { z } from 'zod'
import { isDocumentId } from '@maillage/protocol'

/** The statuses of a proposal of a new tool: proposé → en examen → validé or refusé. */
export const ToolProposalStatus = {
  Propose: 'propose',
  EnExamen: 'en-examen',
  Valide: 'valide',
  Refuse: 'refuse',
} as const
export type ToolProposalStatus = (typeof ToolProposalStatus)[keyof typeof ToolProposalStatus]

const statusSchema = z.enum(
  Object.values(ToolProposalStatus) as [ToolProposalStatus, ...ToolProposalStatus[]],
)
const documentIdSchema = z.string().refine(isDocumentId, 'invalid document id')

/** One step of a proposal, dated and attributed (`byName` kept as it was then). */
export const toolProposalStepSchema = z.object({
  status: statusSchema,
  at: z.iso.datetime(),
  byId: z.string().min(1),
  byName: z.string().min(1).max(120),
  rationale: z.string().max(5000).optional(),
})
export type ToolProposalStep = z.infer<typeof toolProposalStepSchema>

/** A proposal of a new tool, to be decided by the comité de pilotage. */
export const toolProposalSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1).max(300),
  description: z.string().min(1).max(5000),
  porteur: z.string().max(300),
  lien: z.string().max(2000),
  type: z.string().max(100),
  thematiques: z.array(z.string().max(100)).max(20),
  consideredTools: z
    .array(
      z.object({
        documentId: documentIdSchema.nullable(),
        name: z.string().min(1).max(300),
        whyNotAdaptable: z.string().min(1).max(2000),
      }),
    )
    .min(1)
    .max(20),
  status: statusSchema,
  proposedBy: z.string().min(1),
  proposedAt: z.iso.datetime(),
  /** Every step, oldest first; the first is `propose`. */
  history: z.array(toolProposalStepSchema).min(1),
  /** The fiche outil created in the espace régional once validated. */
  createdToolId: documentIdSchema.optional(),
})
export type ToolProposal = z.infer<typeof toolProposalSchema>
