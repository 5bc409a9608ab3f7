import { z } from 'zod'
import {
  DecisionStatus,
  DecisionSubjectKind,
  type DecisionRecord,
} from '../persistence/records/Decision.ts'
import { normalizeSearchText } from '../toolbox/normalizeSearchText.ts'

/** The largest page of the register one request may ask for. */
export const MAX_DECISION_PAGE_SIZE = 100

/** The filters of the register, as read from the address (`?instance=copil&q=outil…`). */
export const decisionFiltersSchema = z.object({
  instance: z.string().min(1).max(100).optional(),
  status: z.enum(Object.values(DecisionStatus) as [DecisionStatus, ...DecisionStatus[]]).optional(),
  subject: z
    .enum(Object.values(DecisionSubjectKind) as [DecisionSubjectKind, ...DecisionSubjectKind[]])
    .optional(),
  /** First and last day of decision, `YYYY-MM-DD`, both included. */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  /** Words of the text, the subject or the owner; case and accents ignored. */
  q: z.string().max(200).optional(),
  /** Part of the owner's name, or their account id. */
  owner: z.string().max(120).optional(),
  /** `true`: only the decisions past their due date and still open. */
  overdue: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_DECISION_PAGE_SIZE).default(50),
})
export type DecisionFilters = z.infer<typeof decisionFiltersSchema>

/** True when a decision is due before `today` and still open (à faire or en cours). */
export function isOverdue(decision: DecisionRecord, today: string): boolean {
  if (decision.dueOn === undefined || decision.dueOn >= today) return false
  return decision.status === DecisionStatus.AFaire || decision.status === DecisionStatus.EnCours
}

/**
 * The decisions matching `filters` (but the page), newest decided first (then newest recorded).
 * The text query matches when every word is found in the text, the subject's label or the owner.
 */
export function filterDecisions(
  decisions: readonly DecisionRecord[],
  filters: Omit<DecisionFilters, 'page' | 'pageSize'>,
  today: string,
): DecisionRecord[] {
  const words = normalizeSearchText(filters.q ?? '')
    .split(' ')
    .filter((word) => word !== '')
  const owner = normalizeSearchText(filters.owner ?? '')
  return decisions
    .filter(
      (decision) =>
        (filters.instance === undefined || decision.instanceId === filters.instance) &&
        (filters.status === undefined || decision.status === filters.status) &&
        (filters.subject === undefined || decision.subject?.kind === filters.subject) &&
        (filters.from === undefined || decision.decidedOn >= filters.from) &&
        (filters.to === undefined || decision.decidedOn <= filters.to) &&
        (filters.overdue !== 'true' || isOverdue(decision, today)) &&
        matchesOwner(decision, owner) &&
        matchesWords(decision, words),
    )
    .sort(
      (a, b) => b.decidedOn.localeCompare(a.decidedOn) || b.createdAt.localeCompare(a.createdAt),
    )
}

function matchesOwner(decision: DecisionRecord, owner: string): boolean {
  if (owner === '') return true
  if (decision.owner === undefined) return false
  return (
    decision.owner.accountId === owner || normalizeSearchText(decision.owner.name).includes(owner)
  )
}

function matchesWords(decision: DecisionRecord, words: readonly string[]): boolean {
  if (words.length === 0) return true
  const haystack = normalizeSearchText(
    [decision.text, decision.subject?.label ?? '', decision.owner?.name ?? ''].join(' '),
  )
  return words.every((word) => haystack.includes(word))
}
