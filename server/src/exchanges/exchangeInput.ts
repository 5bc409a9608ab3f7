import { z } from 'zod'
import {
  EXCHANGE_STATUS_OPTIONS,
  EXCHANGE_THEME_OPTIONS,
  EXCHANGE_TYPE_OPTIONS,
  isSpaceId,
} from '@maillage/schema'

// The schemas are built at their first use (z.lazy), not when the server starts: each zod
// schema and each of its parts stays in the heap (some 1.7 KB apiece), and most processes
// never receive most of these requests.

const values = <T extends string>(options: readonly { readonly value: T }[]): [T, ...T[]] =>
  options.map((option) => option.value) as [T, ...T[]]

/** Longest title of a thread. */
export const EXCHANGE_TITLE_MAX_LENGTH = 200

const typeSchema = z.lazy(() =>
  z.enum(values(EXCHANGE_TYPE_OPTIONS), {
    error: 'Choisissez le type : question, remontée, retour d’expérience ou signal faible.',
  }),
)
const statusSchema = z.lazy(() =>
  z.enum(values(EXCHANGE_STATUS_OPTIONS), {
    error: 'Choisissez le statut : ouvert, pris en charge, répondu ou clos.',
  }),
)
const themeSchema = z.lazy(() =>
  z.enum(values(EXCHANGE_THEME_OPTIONS), {
    error: 'Ce thème n’existe pas : choisissez-en un de la liste.',
  }),
)
const spaceIdSchema = z
  .string({ error: 'Indiquez un espace.' })
  .refine(isSpaceId, 'Cet identifiant d’espace n’est pas valide.')

/** Body of `POST /api/echanges` (`ExchangeCreateBody`); the content is checked apart. */
export const exchangeCreateSchema = z.lazy(() =>
  z.object({
    type: typeSchema,
    title: z
      .string({ error: 'Donnez un titre à l’échange.' })
      .trim()
      .min(1, 'Donnez un titre à l’échange.')
      .max(EXCHANGE_TITLE_MAX_LENGTH, `Le titre tient en ${EXCHANGE_TITLE_MAX_LENGTH} caractères.`),
    themes: z
      .array(themeSchema)
      .min(1, 'Choisissez au moins un thème : c’est ce qui rapproche les sujets des territoires.')
      .max(EXCHANGE_THEME_OPTIONS.length)
      .transform((themes) => [...new Set(themes)]),
    territorySpaceIds: z
      .array(spaceIdSchema)
      .max(100)
      .default([])
      .transform((ids) => [...new Set(ids)]),
    originSpaceId: spaceIdSchema.optional(),
    content: z.unknown(),
  }),
)
/** A parsed {@link exchangeCreateSchema}. */
export type ExchangeCreateInput = z.infer<typeof exchangeCreateSchema>

/** Body of `POST /api/echanges/:id/messages`; the content is checked by `parseMessageContent`. */
export const exchangeMessageSchema = z.lazy(() => z.object({ content: z.unknown() }))

/** Body of `PATCH /api/echanges/:id`. */
export const exchangeStatusSchema = z.lazy(() => z.object({ status: statusSchema }))

/** Body of `POST /api/echanges/:id/nous-aussi`. */
export const exchangeEchoSchema = z.lazy(() => z.object({ spaceId: spaceIdSchema }))

/** Query of `GET /api/echanges`: every filter optional, values of the exchange options. */
export const exchangeListQuerySchema = z.lazy(() =>
  z.object({
    type: typeSchema.optional(),
    statut: statusSchema.optional(),
    theme: themeSchema.optional(),
    territoire: spaceIdSchema.optional(),
  }),
)
/** A parsed {@link exchangeListQuerySchema}. */
export type ExchangeListFilters = z.infer<typeof exchangeListQuerySchema>

/** Query of `GET /api/echanges/:id/mentions`: the start of a name typed after `@`. */
export const mentionQuerySchema = z.lazy(() =>
  z.object({
    q: z.string().max(100, 'Tapez au plus 100 caractères.').default(''),
  }),
)
