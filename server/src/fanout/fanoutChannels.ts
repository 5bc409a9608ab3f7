import type { DocumentId } from '@maillage/protocol'

/**
 * The channel of one document (before the Redis prefix): updates, awareness and sync requests of
 * the processes that hold it loaded.
 */
export function documentChannel(documentId: DocumentId): string {
  return `fanout:doc:${documentId}`
}

/** The channel of one process (before the Redis prefix): the sync replies and requests for it. */
export function processChannel(processId: string): string {
  return `fanout:process:${processId}`
}
