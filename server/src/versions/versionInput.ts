import { z } from 'zod'
import { MAX_VERSION_NAME_LENGTH } from './VersionRecord.ts'

/** `POST /api/documents/:id/versions`: the name of the version, 1 to 120 characters once trimmed. */
export const versionCreateSchema = z.object({
  nom: z.string().trim().min(1).max(MAX_VERSION_NAME_LENGTH),
})

/** A version id in a URL, or `actuelle` where a comparison allows the current state. */
export const versionParamSchema = z.string().min(1).max(64)
