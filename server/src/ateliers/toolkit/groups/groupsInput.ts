import { z } from 'zod'
import {
  BREAKOUT_GROUP_NAME_MAX_LENGTH,
  BREAKOUT_MAX_MINUTES,
  MAX_BREAKOUT_GROUPS,
  MIN_BREAKOUT_GROUPS,
} from '@maillage/schema'

// The schemas are built at their first use (z.lazy), not when the server starts: each zod
// schema and each of its parts stays in the heap (some 1.7 KB apiece), and most processes
// never receive most of these requests.

/** Most people one request may place in one group (an atelier's seats are far fewer). */
export const MAX_GROUP_MEMBERS = 1_000

/** Longest account id accepted in a request (ids are UUIDs or seeded slugs). */
const ACCOUNT_ID_MAX_LENGTH = 100

const accountIdSchema = z
  .string({ error: 'Indiquez la personne.' })
  .min(1, 'Indiquez la personne.')
  .max(ACCOUNT_ID_MAX_LENGTH, 'Identifiant de personne inconnu.')

const groupSchema = z.lazy(() =>
  z.object({
    name: z
      .string({ error: 'Nommez chaque groupe.' })
      .trim()
      .min(1, 'Nommez chaque groupe.')
      .max(
        BREAKOUT_GROUP_NAME_MAX_LENGTH,
        `Le nom d’un groupe ne doit pas dépasser ${BREAKOUT_GROUP_NAME_MAX_LENGTH} caractères.`,
      ),
    memberIds: z
      .array(accountIdSchema)
      .max(MAX_GROUP_MEMBERS, `Un groupe compte au plus ${MAX_GROUP_MEMBERS} personnes.`)
      .optional(),
  }),
)

/**
 * `POST /api/ateliers/:atelierId/groupes`: the groups to start, named, 2 to 12; `aleatoire` deals
 * the participants present among them (their `memberIds` ignored), `choisi` takes each group's
 * `memberIds`; an optional duration in minutes.
 */
export const breakoutStartSchema = z.lazy(() =>
  z.object({
    mode: z.enum(['aleatoire', 'choisi'], {
      error: 'Choisissez une répartition : aléatoire ou choisie.',
    }),
    groups: z
      .array(groupSchema)
      .min(MIN_BREAKOUT_GROUPS, `Formez au moins ${MIN_BREAKOUT_GROUPS} groupes.`)
      .max(MAX_BREAKOUT_GROUPS, `Formez au plus ${MAX_BREAKOUT_GROUPS} groupes.`),
    durationMinutes: z
      .number({ error: 'La durée est un nombre de minutes.' })
      .int('La durée est un nombre entier de minutes.')
      .min(1, 'La durée est d’au moins une minute.')
      .max(BREAKOUT_MAX_MINUTES, `La durée est d’au plus ${BREAKOUT_MAX_MINUTES} minutes.`)
      .optional(),
  }),
)
export type BreakoutStartInput = z.infer<typeof breakoutStartSchema>

/** `POST /api/ateliers/:atelierId/groupes/membres`: puts a participant in group `n` (a late joiner). */
export const breakoutAssignSchema = z.lazy(() =>
  z.object({
    accountId: accountIdSchema,
    n: z
      .number({ error: 'Choisissez un groupe.' })
      .int('Choisissez un groupe.')
      .min(1, 'Choisissez un groupe.')
      .max(MAX_BREAKOUT_GROUPS, 'Choisissez un groupe.'),
  }),
)
export type BreakoutAssignInput = z.infer<typeof breakoutAssignSchema>
