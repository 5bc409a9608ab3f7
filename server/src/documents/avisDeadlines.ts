import { AvisStatus, DocumentKind } from '@maillage/schema'
import { roleIn } from '../auth/accessPolicy.ts'
import type { Actor } from '../auth/Actor.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import { parisDay } from './measurements/parisDay.ts'

/** Avis listed on the accueil with their deadline. */
export const MAX_AVIS_DEADLINES = 10

const DAY_MS = 86_400_000

/** An avis to give, with its date limite and the days left until it (negative once passed). */
export interface AvisDeadline {
  readonly record: DocumentRecord
  /** `YYYY-MM-DD`. */
  readonly dateLimite: string
  /** Days from today (Europe/Paris) to the date limite: 0 today, −2 two days past. */
  readonly daysLeft: number
}

/**
 * The avis of the actor's own spaces (as a member: not those they only read) that are not adopted
 * nor archived and have a date limite, soonest first, from the index (`keyFields.dateLimite`,
 * status): the accueil reminds the instance's members of what they must give and by when.
 */
export function avisDeadlinesOf(
  actor: Actor,
  documents: readonly DocumentRecord[],
  nowMs: number,
): AvisDeadline[] {
  const today = Date.parse(`${parisDay(nowMs)}T00:00:00Z`)
  const deadlines: AvisDeadline[] = []
  for (const record of documents) {
    const dateLimite = record.keyFields?.['dateLimite']
    if (record.kind !== DocumentKind.Avis || dateLimite === undefined) continue
    if (record.archivedAt !== undefined || record.status === AvisStatus.Adopte) continue
    if (roleIn(actor, record.spaceId) === undefined) continue
    const day = Date.parse(`${dateLimite}T00:00:00Z`)
    if (Number.isNaN(day)) continue
    deadlines.push({ record, dateLimite, daysLeft: Math.round((day - today) / DAY_MS) })
  }
  return deadlines
    .sort(
      (a, b) => a.dateLimite.localeCompare(b.dateLimite) || a.record.id.localeCompare(b.record.id),
    )
    .slice(0, MAX_AVIS_DEADLINES)
}
