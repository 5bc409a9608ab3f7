import { z } from 'zod'

/** `POST /api/lettres`: an optional title for the new numéro (1 to 200 characters, trimmed). */
export const lettrePrepareSchema = z
  .object({ titre: z.string().trim().min(1).max(200).optional() })
  .strict()
