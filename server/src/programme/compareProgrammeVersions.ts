import type { ProgrammeLine } from '../persistence/records/ProgrammeLine.ts'

/** The fields of a line a comparison reads, in the order they are listed. */
const COMPARED_FIELDS = [
  'partner',
  'kind',
  'title',
  'description',
  'audience',
  'period',
  'clpeSpaceIds',
  'targetClpeCount',
] as const satisfies readonly (keyof ProgrammeLine)[]

/** What changed from one version's lines to another's. */
export interface ProgrammeLinesDiff {
  readonly added: ProgrammeLine[]
  readonly removed: ProgrammeLine[]
  readonly changed: { before: ProgrammeLine; after: ProgrammeLine; fields: string[] }[]
}

/**
 * Compares two versions' lines by their `lineKey` (kept from a version to its copies): lines of
 * `to` whose key `from` lacks are added, the reverse removed, and lines of both whose compared
 * fields differ changed (position alone is not a change). Lists follow the lines' order.
 */
export function compareProgrammeVersions(
  from: readonly ProgrammeLine[],
  to: readonly ProgrammeLine[],
): ProgrammeLinesDiff {
  const before = new Map(from.map((line) => [line.lineKey, line]))
  const afterKeys = new Set(to.map((line) => line.lineKey))
  const changed: ProgrammeLinesDiff['changed'] = []
  const added: ProgrammeLine[] = []
  for (const line of to) {
    const previous = before.get(line.lineKey)
    if (previous === undefined) {
      added.push(line)
      continue
    }
    const fields = COMPARED_FIELDS.filter(
      (field) => JSON.stringify(previous[field]) !== JSON.stringify(line[field]),
    )
    if (fields.length > 0) changed.push({ before: previous, after: line, fields })
  }
  const removed = from.filter((line) => !afterKeys.has(line.lineKey))
  return { added, removed, changed }
}
