import { z } from 'zod'
import type { DocumentId } from '@maillage/protocol'

/** Longest name of a named version, in characters. */
export const MAX_VERSION_NAME_LENGTH = 120

/** The author id of versions the server makes on its own (none of its edits has a person behind). */
export const SERVER_AUTHOR_ID = 'serveur'

/**
 * Who edited between the previous version and this one: an account id, whose name is read from the
 * account when the history is shown (so a deleted account reads « Ancien membre » and a version
 * never keeps a person's name); `name` only for an author without an account (a workflow of the
 * server).
 */
export const versionAuthorSchema = z.object({
  id: z.string().min(1).max(200),
  name: z.string().max(200).optional(),
})
export type VersionAuthor = z.infer<typeof versionAuthorSchema>

/** The ids versions are made with (`randomUUID`): the only ones a URL may name. */
export const versionIdSchema = z.uuid()

/**
 * One version of a document, without its content (`VersionStore` keeps the state apart, so that
 * listing costs the same whatever the size of the document): what kind, its name, when, who made
 * it (`createdBy`: an account id or `SERVER_AUTHOR_ID`), who edited since the previous version,
 * and the fingerprint of its content (SHA-256 of the Yjs state), which tells whether the document
 * changed since.
 */
export const versionRecordSchema = z.object({
  id: versionIdSchema,
  documentId: z.string().min(1).max(128),
  kind: z.enum(['automatique', 'nommee']),
  name: z.string().min(1).max(MAX_VERSION_NAME_LENGTH).optional(),
  createdAt: z.iso.datetime(),
  createdBy: z.string().min(1).max(200),
  authors: z.array(versionAuthorSchema).max(500),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/u),
})

/** A version as stored (see {@link versionRecordSchema}). */
export type VersionRecord = Omit<z.infer<typeof versionRecordSchema>, 'documentId'> & {
  readonly documentId: DocumentId
}
