import { z } from 'zod'
import {
  ATELIER_FORMAT_OPTIONS,
  ATELIER_THEME_OPTIONS,
  atelierTimeOf,
  httpsUrlOf,
} from '@maillage/schema'
import { VISIO_LINK_MAX_LENGTH } from '../persistence/records/AtelierRecord.ts'

// The schemas are built at their first use (z.lazy), not when the server starts: each zod
// schema and each of its parts stays in the heap (some 1.7 KB apiece), and most processes
// never receive most of these requests.

const values = (options: readonly { value: string }[]): [string, ...string[]] =>
  options.map((option) => option.value) as [string, ...string[]]

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u

function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}

/**
 * A visio link as facilitators give it: an `https://` address (trimmed), or '' for none. Read back
 * with `httpsUrlOf` like every link of an atelier, so what is accepted is what is shown.
 */
const visioLinkSchema = z
  .string({ error: 'Indiquez le lien de visioconférence (https://…), ou laissez-le vide.' })
  .trim()
  .max(
    VISIO_LINK_MAX_LENGTH,
    `Le lien de visioconférence ne doit pas dépasser ${VISIO_LINK_MAX_LENGTH} caractères.`,
  )
  .refine(
    (value) => value === '' || httpsUrlOf(value) === value,
    'Le lien de visioconférence doit être une adresse commençant par https://.',
  )

/** `POST /api/ateliers`: the essentials of a new atelier; the rest is co-edited in the document. */
export const atelierCreateSchema = z.lazy(() =>
  z.object({
    title: z
      .string({ error: 'Donnez un titre à l’atelier.' })
      .trim()
      .min(1, 'Donnez un titre à l’atelier.')
      .max(300, 'Le titre ne doit pas dépasser 300 caractères.'),
    date: z
      .string({ error: 'Indiquez la date de l’atelier.' })
      .refine(isCalendarDate, 'Indiquez une date valide (AAAA-MM-JJ).'),
    // Trimmed: the time is written as given into the atelier's time field, which takes HH:MM only.
    time: z
      .string({ error: 'Indiquez l’heure de début.' })
      .trim()
      .refine(
        (value) => atelierTimeOf(value) !== '',
        'Indiquez l’heure de début au format HH:MM (ex. : 14:00).',
      ),
    durationMinutes: z
      .number({ error: 'Indiquez la durée en minutes.' })
      .int('Indiquez la durée en minutes entières.')
      .min(1, 'La durée doit être d’au moins une minute.')
      .max(24 * 60, 'La durée ne doit pas dépasser 24 heures.'),
    format: z.enum(values(ATELIER_FORMAT_OPTIONS), {
      error: 'Choisissez le format : webinaire ou atelier virtuel.',
    }),
    theme: z.union([
      z.literal(''),
      z.enum(values(ATELIER_THEME_OPTIONS), { error: 'Choisissez un thème de la liste.' }),
    ]),
    intervenants: z
      .string()
      .trim()
      .max(300, 'La liste des intervenants ne doit pas dépasser 300 caractères.')
      .default(''),
    visioLink: visioLinkSchema.default(''),
    capacity: z
      .number({ error: 'Indiquez le nombre de places (0 pour illimité).' })
      .int('Indiquez un nombre entier de places.')
      .min(0, 'Le nombre de places ne peut pas être négatif (0 pour illimité).')
      .max(100_000),
  }),
)
/** A validated {@link atelierCreateSchema}. */
export type AtelierCreateInput = z.infer<typeof atelierCreateSchema>

/** `PATCH /api/ateliers/:id`: the visio link, which lives outside the atelier's Y.Doc. */
export const atelierPatchSchema = z.lazy(() =>
  z.object(
    { visioLink: visioLinkSchema },
    { error: 'Envoyez le lien de visioconférence : { "visioLink": "https://…" }.' },
  ),
)

/** `POST /api/ateliers/:id/session`: the facilitator's action on the live session. */
export const atelierSessionSchema = z.lazy(() =>
  z.discriminatedUnion(
    'action',
    [
      z.object({ action: z.literal('demarrer') }),
      z.object({
        action: z.literal('aller-a'),
        itemId: z.string({ error: 'Indiquez le point du déroulé.' }).min(1).max(128),
      }),
      z.object({ action: z.literal('terminer') }),
      z.object({ action: z.literal('reprendre') }),
    ],
    { error: 'Action inconnue : démarrer, aller à un point, terminer ou reprendre.' },
  ),
)
