import { z } from 'zod'
import {
  EXCHANGE_STATUS_OPTIONS,
  EXCHANGE_THEME_OPTIONS,
  EXCHANGE_TYPE_OPTIONS,
} from '@maillage/schema'
import { isDocumentId } from '@maillage/protocol'
import { spaceSchema } from './Space.ts'

const values = <T extends string>(options: readonly { readonly value: T }[]): [T, ...T[]] =>
  options.map((option) => option.value) as [T, ...T[]]

/** A « nous aussi »: one territory says it meets the same need or signal. One per space. */
export const exchangeEchoSchema = z.object({
  spaceId: spaceSchema.shape.id,
  accountId: z.string().min(1),
  at: z.iso.datetime(),
})
export type ExchangeEcho = z.infer<typeof exchangeEchoSchema>

/**
 * A thread of the échanges (issue #8): what lists, filters and the synergies read. Its id is its
 * document's (kind `discussion`, espace régional), whose Y.Doc holds the messages. Written by the
 * server only, like the `messages` and mirrored `fields` of that Y.Doc.
 */
export const exchangeThreadSchema = z.object({
  id: z.string().refine(isDocumentId, 'invalid document id'),
  type: z.enum(values(EXCHANGE_TYPE_OPTIONS)),
  status: z.enum(values(EXCHANGE_STATUS_OPTIONS)),
  themes: z.array(z.enum(values(EXCHANGE_THEME_OPTIONS))).max(EXCHANGE_THEME_OPTIONS.length),
  /** The CLPE concerned, as the author said. */
  territorySpaceIds: z.array(spaceSchema.shape.id).max(100),
  /** The CLPE it was raised for; absent when raised by the CoRE or the regional team. */
  originSpaceId: spaceSchema.shape.id.optional(),
  authorId: z.string().min(1),
  createdAt: z.iso.datetime(),
  lastMessageAt: z.iso.datetime(),
  messageCount: z.number().int().min(0),
  echoes: z.array(exchangeEchoSchema).max(100),
  /** When it first reached the supra-territorial threshold (and the CoRE was notified). */
  supraTerritorialAt: z.iso.datetime().optional(),
})
export type ExchangeThread = z.infer<typeof exchangeThreadSchema>
