import { z } from 'zod'
import { DocumentKind, kindDefinition } from '@maillage/schema'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import { isStaleDocument } from './isStaleDocument.ts'

const KIND_VALUES = Object.values(DocumentKind) as [DocumentKind, ...DocumentKind[]]

/** Every status of every kind: a filter on another value is a mistake, not an empty list. */
const STATUS_VALUES: ReadonlySet<string> = new Set(
  KIND_VALUES.flatMap((kind) => kindDefinition(kind).statuses.map((status) => status.value)),
)

/** The filters of a document list, validated: unknown kinds, statuses or flags are refused. */
export const documentListQuerySchema = z.object({
  kind: z.enum(KIND_VALUES, { error: 'Ce type de document n’existe pas.' }).optional(),
  status: z
    .string()
    .refine((status) => STATUS_VALUES.has(status), { error: 'Ce statut n’existe pas.' })
    .optional(),
  stale: z
    .enum(['true', 'false'], { error: 'Indiquez « true » ou « false » pour « stale ».' })
    .transform((stale) => stale === 'true')
    .optional(),
})

/** The filters of `GET /api/spaces/:spaceId/documents`, all optional and combined. */
export type DocumentListQuery = z.infer<typeof documentListQuerySchema>

/** Whether a document passes the filters at `nowMs` (staleness is computed, as presented). */
export function matchesDocumentListQuery(
  record: DocumentRecord,
  query: DocumentListQuery,
  nowMs: number,
): boolean {
  if (query.kind !== undefined && record.kind !== query.kind) return false
  if (query.status !== undefined && record.status !== query.status) return false
  if (query.stale !== undefined && isStaleDocument(record, nowMs) !== query.stale) return false
  return true
}
