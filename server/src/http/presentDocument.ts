import type { DocumentView } from '@maillage/protocol'
import { DocumentKind } from '@maillage/schema'
import { documentAccess } from '../auth/accessPolicy.ts'
import type { Actor } from '../auth/Actor.ts'
import { isStaleDocument } from '../documents/isStaleDocument.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'

/**
 * A document's index record as shown to `actor`, with their access to it (`DocumentView`), and
 * whether it is stale at `nowMs` (fiches action only). The caller has checked that they may open
 * it: presenting a document they may not is a bug, thrown.
 */
export function presentDocument(actor: Actor, record: DocumentRecord, nowMs: number): DocumentView {
  const granted = documentAccess(actor, record)
  if (granted === null)
    throw new Error(`document ${record.id} presented to a person without access`)
  // A thread's content is written by the API only (see `documentSyncGrant`).
  const access = record.kind === DocumentKind.Discussion ? 'read' : granted
  return {
    id: record.id,
    spaceId: record.spaceId,
    kind: record.kind,
    title: record.title,
    sharedWithAll: record.sharedWithAll,
    createdBy: record.createdBy,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    ...(record.lastEditorName === undefined ? {} : { lastEditorName: record.lastEditorName }),
    ...(record.archivedAt === undefined ? {} : { archivedAt: record.archivedAt }),
    access,
    ...(record.status === undefined ? {} : { status: record.status }),
    ...(record.keyFields === undefined ? {} : { keyFields: record.keyFields }),
    ...(record.qualityScore === undefined
      ? {}
      : { quality: { score: record.qualityScore, weakest: record.weakCriteria ?? [] } }),
    ...(record.kind === DocumentKind.FicheAction ? { stale: isStaleDocument(record, nowMs) } : {}),
    ...(record.fieldProblems === undefined ? {} : { fieldProblems: record.fieldProblems }),
  } satisfies DocumentView
}
