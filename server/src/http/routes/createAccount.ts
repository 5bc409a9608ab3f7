import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import { MIN_PASSWORD_LENGTH, hashPassword } from '../../auth/passwords.ts'
import { AppError, ErrorCode } from '../../errors/AppError.ts'
import { PlatformRole, type Account } from '../../persistence/records/Account.ts'
import { AuditAction } from '../../persistence/records/AuditEntry.ts'
import { isoTime } from '../../time/isoTime.ts'
import type { ApiContext } from '../ApiContext.ts'

/** The form of a new account (first admin, or a partner accepting an invitation). */
export const newAccountSchema = z.object({
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
})
export type NewAccount = z.infer<typeof newAccountSchema>

const COLORS = ['#1f6feb', '#b3261e', '#2e7d32', '#8e24aa', '#e65100', '#00695c', '#5d4037']

/**
 * Creates an account (email unique, password hashed) and audits it. With `firstOnly`, the account
 * is created only if none exists, in one write of the store (the first admin of a production
 * instance: concurrent setups must not all win), else `SETUP_ALREADY_DONE`.
 */
export async function createAccount(
  context: ApiContext,
  input: NewAccount,
  options: { admin: boolean; ip: string; firstOnly?: boolean },
): Promise<Account> {
  const email = input.email.toLowerCase()
  if ((await context.store.findAccountByEmail(email)) !== null) {
    throw new AppError(
      ErrorCode.EmailTaken,
      'Un compte existe déjà avec cette adresse : connectez-vous, puis ouvrez de nouveau le lien.',
    )
  }
  const account: Account = {
    id: randomUUID(),
    email,
    name: input.name,
    organisation: input.organisation,
    color: COLORS[Math.floor(Math.random() * COLORS.length)] ?? '#1f6feb',
    passwordHash: await hashPassword(input.password),
    platformRole: options.admin ? PlatformRole.Admin : PlatformRole.Membre,
    createdAt: isoTime(context.timers),
  }
  if (options.firstOnly !== true) await context.store.createAccount(account)
  else if (!(await context.store.createFirstAccount(account))) throw setupDone()
  await context.store.appendAudit({
    at: account.createdAt,
    action: AuditAction.AccountCreated,
    actorId: account.id,
    target: account.id,
    ip: options.ip,
  })
  return account
}

/** The refusal of a setup once an account exists. */
export function setupDone(): AppError {
  return new AppError(
    ErrorCode.SetupDone,
    'Maillage est déjà configuré : connectez-vous avec un compte existant.',
  )
}
