import type * as Y from 'yjs'
import {
  BREAKOUT_GROUP_NAME_MAX_LENGTH,
  BREAKOUT_STATES,
  DocumentRoot,
  MAX_BREAKOUT_GROUPS,
  type BreakoutGroup,
  type BreakoutState,
} from '@maillage/schema'

/** The breakout groups of an atelier's session, as kept in the `groups` root of its Y.Doc. */
export interface BreakoutRun {
  readonly state: BreakoutState
  /** Changes at each start: a timer set for one run never ends the next. */
  readonly runId: string
  readonly groups: readonly BreakoutGroup[]
  readonly startedAt: string
  /** When time is up (ISO UTC); absent: until the facilitator ends them. */
  readonly endsAt?: string
  readonly endedAt?: string
}

function stringOf(map: Y.Map<unknown>, key: string): string | undefined {
  const value = map.get(key)
  return typeof value === 'string' && value !== '' ? value : undefined
}

function groupOf(value: unknown): BreakoutGroup | null {
  if (typeof value !== 'object' || value === null) return null
  const { n, name, memberIds } = value as Record<string, unknown>
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_BREAKOUT_GROUPS) return null
  return {
    n,
    name: typeof name === 'string' ? name.slice(0, BREAKOUT_GROUP_NAME_MAX_LENGTH) : `Groupe ${n}`,
    memberIds: Array.isArray(memberIds)
      ? memberIds.filter((id): id is string => typeof id === 'string')
      : [],
  }
}

/**
 * Reads the `groups` root (written by the server only, read defensively like any Y.Doc content):
 * null when groups never ran; groups of an invalid number or repeated are skipped.
 */
export function readBreakoutRun(doc: Y.Doc): BreakoutRun | null {
  const map = doc.getMap<unknown>(DocumentRoot.Groups)
  const state = BREAKOUT_STATES.find((candidate) => candidate === map.get('state'))
  const runId = stringOf(map, 'runId')
  const startedAt = stringOf(map, 'startedAt')
  if (state === undefined || runId === undefined || startedAt === undefined) return null
  const raw = map.get('groups')
  const groups: BreakoutGroup[] = []
  for (const value of Array.isArray(raw) ? (raw as unknown[]) : []) {
    const group = groupOf(value)
    if (group !== null && !groups.some((known) => known.n === group.n)) groups.push(group)
  }
  const endsAt = stringOf(map, 'endsAt')
  const endedAt = stringOf(map, 'endedAt')
  return {
    state,
    runId,
    groups,
    startedAt,
    ...(endsAt === undefined ? {} : { endsAt }),
    ...(endedAt === undefined ? {} : { endedAt }),
  }
}

/** Writes `run` over the `groups` root, keys it lacks deleted. Call inside `DocumentContent.change`. */
export function writeBreakoutRun(doc: Y.Doc, run: BreakoutRun): void {
  const map = doc.getMap<unknown>(DocumentRoot.Groups)
  const entries: Record<string, unknown> = {
    state: run.state,
    runId: run.runId,
    groups: run.groups.map((group) => ({
      n: group.n,
      name: group.name,
      memberIds: [...group.memberIds],
    })),
    startedAt: run.startedAt,
    endsAt: run.endsAt,
    endedAt: run.endedAt,
  }
  for (const [key, value] of Object.entries(entries)) {
    if (value === undefined) {
      if (map.has(key)) map.delete(key)
    } else {
      map.set(key, value)
    }
  }
}

/** The number of the group `accountId` is in during `run`, or null. */
export function groupNumberOf(run: BreakoutRun, accountId: string): number | null {
  return run.groups.find((group) => group.memberIds.includes(accountId))?.n ?? null
}
