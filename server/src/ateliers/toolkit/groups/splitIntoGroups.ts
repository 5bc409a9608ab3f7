import type { BreakoutGroup } from '@maillage/schema'
import { AppError, ErrorCode } from '../../../errors/AppError.ts'

/** A group as the facilitator names it, with the people chosen for it (none: dealt at random). */
export interface GroupChoice {
  readonly name: string
  readonly memberIds?: readonly string[] | undefined
}

/**
 * Deals `participantIds` at random into groups named `names` (numbered 1, 2… in that order), one
 * at a time round the table after a shuffle: sizes differ by one at most. `random` returns a number
 * in [0, 1) (`Math.random` by default).
 */
export function dealRandomly(
  participantIds: readonly string[],
  names: readonly string[],
  random: () => number = Math.random,
): BreakoutGroup[] {
  const shuffled = [...new Set(participantIds)]
  for (let index = shuffled.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1))
    const swapped = shuffled[index] as string
    shuffled[index] = shuffled[other] as string
    shuffled[other] = swapped
  }
  const members: string[][] = names.map(() => [])
  shuffled.forEach((accountId, index) => {
    members[index % names.length]?.push(accountId)
  })
  return names.map((name, index) => ({ n: index + 1, name, memberIds: members[index] ?? [] }))
}

/**
 * The groups as the facilitator chose them, numbered 1, 2… in order; throws `VALIDATION_FAILED`
 * when someone is not a seat holder of the atelier (`seatHolders`) or is put in two groups.
 */
export function chosenGroups(
  choices: readonly GroupChoice[],
  seatHolders: ReadonlySet<string>,
): BreakoutGroup[] {
  const placed = new Set<string>()
  return choices.map((choice, index) => {
    const memberIds = choice.memberIds ?? []
    for (const accountId of memberIds) {
      if (!seatHolders.has(accountId)) {
        throw new AppError(
          ErrorCode.ValidationFailed,
          'Une personne choisie n’a pas de place dans cet atelier : retirez-la des groupes.',
        )
      }
      if (placed.has(accountId)) {
        throw new AppError(
          ErrorCode.ValidationFailed,
          'Une même personne est placée dans deux groupes : gardez-la dans un seul.',
        )
      }
      placed.add(accountId)
    }
    return { n: index + 1, name: choice.name, memberIds: [...memberIds] }
  })
}
