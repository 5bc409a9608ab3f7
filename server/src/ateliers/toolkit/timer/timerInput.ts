import { z } from 'zod'
import {
  REACTION_KIND_NAMES,
  TIMER_MAX_DURATION_MS,
  TIMER_MIN_DURATION_MS,
  type ReactionKind,
} from '@maillage/schema'

// The schemas are built at their first use (z.lazy), not when the server starts: each zod
// schema and each of its parts stays in the heap (some 1.7 KB apiece), and most processes
// never receive most of these requests.

const MAX_SECONDS = TIMER_MAX_DURATION_MS / 1000
const MIN_SECONDS = TIMER_MIN_DURATION_MS / 1000

/** `POST /api/ateliers/:id/minuteur`: one move of the timer (`AtelierTimerBody`). */
export const atelierTimerSchema = z.lazy(() =>
  z.discriminatedUnion(
    'action',
    [
      z.object({
        action: z.literal('demarrer'),
        durationSeconds: z
          .number({ error: 'Indiquez la durée du minuteur.' })
          .int('Indiquez une durée en secondes entières.')
          .min(MIN_SECONDS, 'Le minuteur dure au moins une seconde.')
          .max(MAX_SECONDS, 'Le minuteur dure au plus 3 heures.'),
        itemId: z.string().min(1).max(128).optional(),
      }),
      z.object({ action: z.literal('pause') }),
      z.object({ action: z.literal('reprendre') }),
      z.object({
        action: z.literal('ajouter'),
        deltaSeconds: z
          .number({ error: 'Indiquez le temps à ajouter ou à retirer.' })
          .int('Indiquez un temps en secondes entières.')
          .min(-MAX_SECONDS, 'On retire au plus 3 heures.')
          .max(MAX_SECONDS, 'On ajoute au plus 3 heures.')
          .refine((value) => value !== 0, 'Indiquez un temps différent de zéro.'),
      }),
      z.object({ action: z.literal('reinitialiser') }),
    ],
    { error: 'Action inconnue : demarrer, pause, reprendre, ajouter ou reinitialiser.' },
  ),
)

/** `POST /api/ateliers/:id/mains/parole`: whose raised hand gets the floor. */
export const atelierFloorSchema = z.lazy(() =>
  z.object({
    accountId: z.string({ error: 'Indiquez la personne qui prend la parole.' }).min(1).max(128),
  }),
)

/** `POST /api/ateliers/:id/reactions`: one reaction of the fixed set. */
export const atelierReactionSchema = z.lazy(() =>
  z.object({
    kind: z.enum(REACTION_KIND_NAMES as [ReactionKind, ...ReactionKind[]], {
      error: 'Réaction inconnue : choisissez-en une de la liste.',
    }),
  }),
)
