import type { DocumentView } from '@maillage/protocol'
import { documentAccess } from '../auth/accessPolicy.ts'
import type { Actor } from '../auth/Actor.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'

/**
 * A document's index record as shown to `actor`, with their access to it (`DocumentView`). The
 * caller has checked that they may open it: presenting a document they may not is a bug, thrown.
 */
export function presentDocument(actor: Actor, record: DocumentRecord): DocumentView {
  const access = documentAccess(actor, record)
  if (access === null) throw new Error(`document ${record.id} presented to a person without access`)
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
  } satisfies DocumentView
}
