import type * as Y from 'yjs'
import { DocumentRoot } from '@maillage/schema'
import { WALL_VOTE_BUDGET_MAX } from '../../../persistence/records/AtelierWallVote.ts'

/** The dots each participant has unless the facilitator says otherwise. */
export const DEFAULT_WALL_VOTE_BUDGET = 3

/** The wall's settings, in the server-written `wallSettings` root of the atelier's Y.Doc. */
export interface WallSettings {
  /** Whether participants may post notes without their name. */
  readonly anonymousAllowed: boolean
  /** Dots per participant, 0–20; 0 closes the votes. */
  readonly voteBudget: number
}

/** Reads the settings defensively: anything missing or out of range reads as the default. */
export function readWallSettings(doc: Y.Doc): WallSettings {
  const map = doc.getMap<unknown>(DocumentRoot.WallSettings)
  const anonymous = map.get('anonymousAllowed')
  const budget = map.get('voteBudget')
  const validBudget =
    typeof budget === 'number' &&
    Number.isInteger(budget) &&
    budget >= 0 &&
    budget <= WALL_VOTE_BUDGET_MAX
  return {
    anonymousAllowed: anonymous === true,
    voteBudget: validBudget ? budget : DEFAULT_WALL_VOTE_BUDGET,
  }
}

/** Writes the settings (server only). */
export function writeWallSettings(doc: Y.Doc, settings: WallSettings): void {
  const map = doc.getMap<unknown>(DocumentRoot.WallSettings)
  map.set('anonymousAllowed', settings.anonymousAllowed)
  map.set('voteBudget', settings.voteBudget)
}
