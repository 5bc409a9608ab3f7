import type { FichePilotage, PilotageFilters } from '@maillage/schema'
import { isStaleDocument } from '../documents/isStaleDocument.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'

/** A fiche action as the dashboards read it from the index. */
export interface PilotageAction {
  readonly record: DocumentRecord
  /** Values of its `thematiques` key field. */
  readonly thematiques: readonly string[]
  /** Values of its `publicsCibles` key field. */
  readonly publics: readonly string[]
  /**
   * « À actualiser »: still running (neither terminée nor abandonnée) and unchanged for more than
   * `STALE_AFTER_DAYS` — the same rule as the space's document list (`isStaleDocument`).
   */
  readonly stale: boolean
  /** Its indicators and bilan as indexed; null before its first indexing for steering. */
  readonly pilotage: FichePilotage | null
}

/** Reads a fiche action's index record at `nowMs` (ms since the epoch). */
export function toPilotageAction(record: DocumentRecord, nowMs: number): PilotageAction {
  return {
    record,
    thematiques: keyListOf(record, 'thematiques'),
    publics: keyListOf(record, 'publicsCibles'),
    stale: isStaleDocument(record, nowMs),
    pilotage: record.pilotage?.kind === 'fiche-action' ? record.pilotage : null,
  }
}

/** True when `action` has the filters' thématique and public (each when given). */
export function matchesFilters(action: PilotageAction, filters: PilotageFilters): boolean {
  if (filters.thematique !== undefined && !action.thematiques.includes(filters.thematique)) {
    return false
  }
  return filters.public === undefined || action.publics.includes(filters.public)
}

/** The values of a multi-choice key field, which the index keeps joined by `,`. */
function keyListOf(record: DocumentRecord, field: string): string[] {
  const joined = record.keyFields?.[field] ?? ''
  return joined === '' ? [] : joined.split(',')
}
