import { z } from 'zod'

/** Platform roles: `admin` is the regional team; everyone else is a `membre`. */
export const PlatformRole = { Admin: 'admin', Membre: 'membre' } as const
export type PlatformRole = (typeof PlatformRole)[keyof typeof PlatformRole]

/**
 * A person's account. `email` is stored lower-cased; `passwordHash` is a scrypt hash string
 * (`NO_PASSWORD_HASH` for an account made by an OpenID sign-in: no password opens it).
 */
export const accountSchema = z.object({
  id: z.string().min(1),
  email: z.email().max(254),
  name: z.string().min(1).max(120),
  organisation: z.string().max(160),
  /** CSS hex colour of the person's caret and avatar. */
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
  passwordHash: z.string().min(1),
  platformRole: z.enum([PlatformRole.Admin, PlatformRole.Membre]),
  createdAt: z.iso.datetime(),
  /** Last time the person opened the accueil (`GET /api/home`). */
  lastSeenAt: z.iso.datetime().optional(),
  /** When their visit before the current one ended: the accueil lists what changed since. */
  previousVisitAt: z.iso.datetime().optional(),
  /**
   * The OpenID provider (`iss`) and the person's identifier there (`sub`) once they signed in
   * through it (ProConnect): later sign-ins find the account by this pair before the address.
   */
  oidcIssuer: z.string().min(1).max(512).optional(),
  oidcSubject: z.string().min(1).max(255).optional(),
  /** SIRET of the person's organisation, as the OpenID provider gave it (14 digits). */
  siret: z
    .string()
    .regex(/^\d{14}$/)
    .optional(),
  /**
   * Set when the person deleted their account: the record stays as a tombstone (same id, for the
   * authorship of what they wrote) named « Ancien membre », with an undeliverable address and no
   * password (`privacy/AccountDeletion.ts`).
   */
  deletedAt: z.iso.datetime().optional(),
})
export type Account = z.infer<typeof accountSchema>

/** An account as the stores keep it: validated, its email lower-cased. */
export const storedAccountSchema = accountSchema.transform((account) => ({
  ...account,
  email: account.email.toLowerCase(),
}))
