import { z } from 'zod'
import { MIN_PASSWORD_LENGTH } from '../auth/passwords.ts'

// The schemas are built at their first use (z.lazy), not when the server starts: each zod
// schema and each of its parts stays in the heap (some 1.7 KB apiece), and most processes
// never receive most of these requests.

/** The form of a new account (first admin, or a partner accepting an invitation). */
export const newAccountSchema = z.lazy(() =>
  z.object({
    email: z.email('Saisissez une adresse électronique valide.').max(254),
    name: z.string().trim().min(1, 'Saisissez votre nom.').max(120),
    organisation: z.string().trim().max(160).default(''),
    password: z
      .string()
      .min(
        MIN_PASSWORD_LENGTH,
        `Le mot de passe doit compter au moins ${MIN_PASSWORD_LENGTH} caractères.`,
      )
      .max(200),
  }),
)
/** A new account's form, validated. */
export type NewAccount = z.infer<typeof newAccountSchema>

/** The form changing one's password: the current one, and the new one under the rules of creation. */
export const passwordChangeSchema = z.lazy(() =>
  z.object({
    current: z.string().min(1, 'Saisissez votre mot de passe actuel.').max(200),
    next: newAccountSchema.unwrap().shape.password,
  }),
)
/** A password change, validated. */
export type PasswordChange = z.infer<typeof passwordChangeSchema>

/** The sign-in form. */
export const loginSchema = z.lazy(() =>
  z.object({
    email: z.string().trim().min(1, 'Saisissez votre adresse électronique.'),
    password: z.string().min(1, 'Saisissez votre mot de passe.'),
  }),
)
/** A sign-in form, validated. */
export type LoginInput = z.infer<typeof loginSchema>

/** What a person may change of their own profile. */
export const profileSchema = z.lazy(() =>
  z.object({
    name: z.string().trim().min(1, 'Saisissez votre nom.').max(120).optional(),
    organisation: z.string().trim().max(160).optional(),
    color: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, 'Choisissez une couleur au format #RRVVBB.')
      .optional(),
  }),
)
/** A profile change, validated. */
export type ProfilePatch = z.infer<typeof profileSchema>
