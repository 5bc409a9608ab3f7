import { z } from 'zod'

// Empty means unset (mails go to files). An smtp:// or smtps:// URL, credentials included.
export const smtpUrlSchema = z
  .string()
  .optional()
  .transform((value, context) => {
    if (value === undefined || value.trim() === '') return undefined
    const url = value.trim()
    if (!URL.canParse(url) || !['smtp:', 'smtps:'].includes(new URL(url).protocol)) {
      context.addIssue({
        code: 'custom',
        message:
          'must be an smtp:// or smtps:// URL, e.g. smtps://utilisateur:mot-de-passe@smtp.example.fr:465',
      })
      return z.NEVER
    }
    return url
  })

const ADDRESS = /^[^\s<>@"]+@[^\s<>@"]+$/
const NAMED = /^([^<>\r\n"]*)<([^<>\s]+)>$/

// A bare address or `Nom <adresse>`, on one line.
export const mailFromSchema = z.string().transform((value, context) => {
  const trimmed = value.trim()
  const address = NAMED.exec(trimmed)?.[2] ?? trimmed
  if (!ADDRESS.test(address) || !z.email().safeParse(address).success) {
    context.addIssue({
      code: 'custom',
      message:
        'must be an address or « Nom <adresse> », e.g. Maillage <ne-pas-repondre@example.fr>',
    })
    return z.NEVER
  }
  return trimmed
})
