import { z } from 'zod'
import { isDocumentId } from '@maillage/protocol'
import { OUTIL_THEMATIQUE_OPTIONS, OUTIL_TYPE_OPTIONS } from '@maillage/schema'

// The schemas are built at their first use (z.lazy), not when the server starts: each zod
// schema and each of its parts stays in the heap (some 1.7 KB apiece), and most processes
// never receive most of these requests.

/** Shortest rationale of a decision (validé, refusé), in characters. */
export const MIN_RATIONALE_LENGTH = 20

const values = (options: readonly { value: string }[]): [string, ...string[]] =>
  options.map((option) => option.value) as [string, ...string[]]

/** `POST /api/toolbox/proposals`: what a member proposes, and the existing tools considered. */
export const toolProposalBodySchema = z.lazy(() =>
  z.object({
    title: z
      .string({ error: 'Donnez un nom à l’outil proposé.' })
      .trim()
      .min(1, 'Donnez un nom à l’outil proposé.')
      .max(300, 'Le nom ne doit pas dépasser 300 caractères.'),
    description: z
      .string({ error: 'Décrivez l’outil proposé.' })
      .trim()
      .min(1, 'Décrivez l’outil proposé : à quoi il servirait et pour qui.')
      .max(5000, 'La description ne doit pas dépasser 5 000 caractères.'),
    porteur: z
      .string()
      .trim()
      .max(300, 'Le porteur ne doit pas dépasser 300 caractères.')
      .default(''),
    lien: z
      .union([
        z.literal(''),
        z.url({ protocol: /^https?$/, error: 'Le lien doit commencer par https://.' }),
      ])
      .default(''),
    type: z
      .union([
        z.literal(''),
        z.enum(values(OUTIL_TYPE_OPTIONS), { error: 'Choisissez un type d’outil.' }),
      ])
      .default(''),
    thematiques: z
      .array(
        z.enum(values(OUTIL_THEMATIQUE_OPTIONS), {
          error: 'Choisissez des thématiques de la liste.',
        }),
      )
      .max(20)
      .default([]),
    consideredTools: z
      .array(
        z.object({
          documentId: z
            .string()
            .refine(isDocumentId, 'Cet outil n’est pas dans la boîte à outils.')
            .nullable()
            .default(null),
          name: z
            .string({ error: 'Nommez l’outil existant étudié.' })
            .trim()
            .min(1, 'Nommez l’outil existant étudié.')
            .max(300, 'Le nom ne doit pas dépasser 300 caractères.'),
          whyNotAdaptable: z
            .string({ error: 'Expliquez pourquoi cet outil ne peut pas être adapté.' })
            .trim()
            .min(1, 'Expliquez pourquoi cet outil ne peut pas être adapté.')
            .max(2000, 'L’explication ne doit pas dépasser 2 000 caractères.'),
        }),
        { error: 'Indiquez les outils existants étudiés.' },
      )
      .min(1, 'Indiquez au moins un outil existant étudié et pourquoi il ne peut pas être adapté.')
      .max(20, 'Indiquez au plus 20 outils existants.'),
  }),
)
export type ToolProposalInput = z.infer<typeof toolProposalBodySchema>

/**
 * `POST /api/toolbox/proposals/:id/transition`: the next status and, for a decision (validé,
 * refusé), its written rationale of at least {@link MIN_RATIONALE_LENGTH} characters.
 */
export const toolProposalTransitionSchema = z
  .object({
    to: z.enum(['en-examen', 'valide', 'refuse'], {
      error: 'Choisissez « en examen », « validé » ou « refusé ».',
    }),
    rationale: z
      .string()
      .trim()
      .max(5000, 'Le motif ne doit pas dépasser 5 000 caractères.')
      .optional(),
  })
  .superRefine((body, context) => {
    if (body.to === 'en-examen') return
    if ((body.rationale ?? '').length >= MIN_RATIONALE_LENGTH) return
    context.addIssue({
      code: 'custom',
      path: ['rationale'],
      message: `Une décision du comité de pilotage doit être motivée par écrit (au moins ${MIN_RATIONALE_LENGTH} caractères).`,
    })
  })
export type ToolProposalTransitionInput = z.infer<typeof toolProposalTransitionSchema>
