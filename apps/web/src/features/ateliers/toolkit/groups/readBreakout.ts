import type * as Y from 'yjs'
import type { AtelierBreakoutGroupView, AtelierBreakoutView } from '@maillage/protocol'
import { BREAKOUT_STATES, MAX_BREAKOUT_GROUPS } from '@maillage/schema'

function groupOf(value: unknown): AtelierBreakoutGroupView | null {
  if (typeof value !== 'object' || value === null) return null
  const { n, name, memberIds } = value as Record<string, unknown>
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_BREAKOUT_GROUPS) return null
  return {
    n,
    name: typeof name === 'string' ? name : `Groupe ${n}`,
    memberIds: Array.isArray(memberIds)
      ? memberIds.filter((id): id is string => typeof id === 'string')
      : [],
  }
}

function stringOf(map: Y.Map<unknown>, key: string): string | undefined {
  const value = map.get(key)
  return typeof value === 'string' && value !== '' ? value : undefined
}

/**
 * The breakout groups as the server wrote them in the `groups` root (read defensively): null when
 * none ever ran.
 */
export function readBreakout(map: Y.Map<unknown>): AtelierBreakoutView | null {
  const state = BREAKOUT_STATES.find((candidate) => candidate === map.get('state'))
  const startedAt = stringOf(map, 'startedAt')
  if (state === undefined || startedAt === undefined) return null
  const raw = map.get('groups')
  const groups = (Array.isArray(raw) ? (raw as unknown[]) : [])
    .map(groupOf)
    .filter((group) => group !== null)
  const endsAt = stringOf(map, 'endsAt')
  const endedAt = stringOf(map, 'endedAt')
  return {
    state,
    groups,
    startedAt,
    ...(endsAt === undefined ? {} : { endsAt }),
    ...(endedAt === undefined ? {} : { endedAt }),
  }
}

/** The group of `accountId` while groups run; null otherwise. */
export function myGroup(
  breakout: AtelierBreakoutView | null,
  accountId: string,
): AtelierBreakoutGroupView | null {
  if (breakout?.state !== 'en-cours') return null
  return breakout.groups.find((group) => group.memberIds.includes(accountId)) ?? null
}
