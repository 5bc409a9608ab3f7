/**
 * Key of the `meta` map of an avis's document holding its adoption: written by the server only, at
 * each step (submission, position, adoption, withdrawal), so that every member with the avis open
 * sees it live. In `meta` because a root is the finest grain the websocket limits: the avis's
 * editors write `fields` and `body`, never `meta` (`documentSyncGrant`).
 */
export const AVIS_ADOPTION_META_KEY = 'adoption'

/** Longest comment of a position, in UTF-16 units. */
export const MAX_AVIS_POSITION_COMMENT = 2000

/** Where an avis stands: drafted, submitted to the members' approval, adopted. */
export const AvisAdoptionState = {
  Redaction: 'redaction',
  Soumis: 'soumis',
  Adopte: 'adopte',
} as const
export type AvisAdoptionState = (typeof AvisAdoptionState)[keyof typeof AvisAdoptionState]

/** What a member says of a submitted avis. */
export const AvisPosition = {
  Approbation: 'approbation',
  Objection: 'objection',
} as const
export type AvisPosition = (typeof AvisPosition)[keyof typeof AvisPosition]

/** A person as the adoption names them (name as it was then). */
export interface AvisPerson {
  readonly id: string
  readonly name: string
}

/** One member's position on the submitted version, with their comment (required to object). */
export interface AvisPositionEntry {
  readonly account: AvisPerson
  readonly position: AvisPosition
  readonly comment: string
  /** ISO 8601 instant it was taken (or last changed). */
  readonly at: string
}

/** What the server writes under {@link AVIS_ADOPTION_META_KEY}. */
export interface AvisAdoption {
  readonly state: AvisAdoptionState
  /** The named version frozen at the last submission. */
  readonly submittedVersionId?: string
  readonly submittedAt?: string
  readonly submittedBy?: AvisPerson
  /** One per member at most, in the order they were first taken. */
  readonly positions: readonly AvisPositionEntry[]
  readonly adoptedAt?: string
  readonly adoptedBy?: AvisPerson
  /** Who approved the adopted version, as recorded at adoption. */
  readonly approvers?: readonly AvisPerson[]
  /** The adopted version: the submitted one. */
  readonly adoptedVersionId?: string
}

/** The adoption of an avis nobody submitted yet. */
export const AVIS_IN_DRAFTING: AvisAdoption = { state: AvisAdoptionState.Redaction, positions: [] }

/**
 * Reads the value under {@link AVIS_ADOPTION_META_KEY}; an absent or malformed value reads as
 * {@link AVIS_IN_DRAFTING} (the server alone writes it, so malformed means older or foreign data).
 * Malformed positions are left out.
 */
export function readAvisAdoption(value: unknown): AvisAdoption {
  if (!isRecord(value)) return AVIS_IN_DRAFTING
  const state = value['state']
  if (state !== 'redaction' && state !== 'soumis' && state !== 'adopte') return AVIS_IN_DRAFTING
  const positions = Array.isArray(value['positions']) ? value['positions'] : []
  const approvers = Array.isArray(value['approvers']) ? value['approvers'] : undefined
  return {
    state,
    positions: positions.map(readPosition).filter((entry) => entry !== null),
    ...optionalString(value, 'submittedVersionId'),
    ...optionalString(value, 'submittedAt'),
    ...optionalPerson(value, 'submittedBy'),
    ...optionalString(value, 'adoptedAt'),
    ...optionalPerson(value, 'adoptedBy'),
    ...(approvers === undefined
      ? {}
      : { approvers: approvers.map(readPerson).filter((person) => person !== null) }),
    ...optionalString(value, 'adoptedVersionId'),
  }
}

function readPosition(value: unknown): AvisPositionEntry | null {
  if (!isRecord(value)) return null
  const account = readPerson(value['account'])
  const { position, comment, at } = value
  if (account === null || (position !== 'approbation' && position !== 'objection')) return null
  if (typeof comment !== 'string' || typeof at !== 'string') return null
  return { account, position, comment, at }
}

function readPerson(value: unknown): AvisPerson | null {
  if (!isRecord(value)) return null
  const { id, name } = value
  return typeof id === 'string' && typeof name === 'string' ? { id, name } : null
}

function optionalString<K extends string>(
  value: Record<string, unknown>,
  key: K,
): Partial<Record<K, string>> {
  const found = value[key]
  return typeof found === 'string' ? ({ [key]: found } as Record<K, string>) : {}
}

function optionalPerson<K extends string>(
  value: Record<string, unknown>,
  key: K,
): Partial<Record<K, AvisPerson>> {
  const found = readPerson(value[key])
  return found === null ? {} : ({ [key]: found } as Record<K, AvisPerson>)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
