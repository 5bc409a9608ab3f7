import { z } from 'zod'

/** Who the OpenID provider says signed in, as Maillage keeps it. */
export interface OidcIdentity {
  readonly issuer: string
  readonly subject: string
  /** Lower-cased. */
  readonly email: string
  /** Given name and usual name (ProConnect), else family name; the address when neither is given. */
  readonly name: string
  /** The SIRET of the person's organisation, when the provider gave a well-formed one. */
  readonly siret?: string
}

/** Why the claims of the provider cannot make an identity. */
export type IdentityProblem = 'adresse-manquante' | 'adresse-non-verifiee'

const text = z.string().trim().max(200).optional().catch(undefined)

// The claims Maillage reads, from the ID token and the userinfo (JSON or signed JWT) together.
const claimsSchema = z.object({
  sub: z.string().min(1).max(255),
  email: z.email().max(254).optional().catch(undefined),
  email_verified: z
    .union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')])
    .optional()
    .catch(false),
  given_name: text,
  usual_name: text,
  family_name: text,
  siret: z
    .string()
    .regex(/^\d{14}$/)
    .optional()
    .catch(undefined),
})

const MAX_NAME_LENGTH = 120

/**
 * The identity the claims describe, or the problem that prevents it: no address, or an address
 * the provider says it has not verified (`email_verified: false`; ProConnect verifies every
 * address and may not send the claim, so its absence is accepted). An address matters: a first
 * sign-in links to the account that has it.
 */
export function identityOf(
  issuer: string,
  claims: Readonly<Record<string, unknown>>,
): OidcIdentity | { problem: IdentityProblem } {
  const parsed = claimsSchema.parse(claims)
  if (parsed.email === undefined) return { problem: 'adresse-manquante' }
  if (parsed.email_verified === false) return { problem: 'adresse-non-verifiee' }
  const email = parsed.email.toLowerCase()
  const family = parsed.usual_name ?? parsed.family_name
  const name = [parsed.given_name, family].filter((part) => part !== undefined && part !== '')
  return {
    issuer,
    subject: parsed.sub,
    email,
    name: (name.length > 0 ? name.join(' ') : email).slice(0, MAX_NAME_LENGTH),
    ...(parsed.siret === undefined ? {} : { siret: parsed.siret }),
  }
}
