import type { ActionRow, BilanRow } from '@maillage/schema'
import type { PilotageAction } from './PilotageAction.ts'
import { hasQuantifiedEffectIndicator } from './summarizeActions.ts'

/** An action as a row of the dashboard. */
export function toActionRow(action: PilotageAction): ActionRow {
  const { record } = action
  return {
    documentId: record.id,
    title: record.title,
    spaceId: record.spaceId,
    status: record.status ?? '',
    updatedAt: record.updatedAt,
    stale: action.stale,
    qualityScore: record.qualityScore ?? null,
    weakestCriterion: record.weakCriteria?.[0] ?? null,
    thematiques: action.thematiques,
    publics: action.publics,
    hasQuantifiedEffectIndicator: hasQuantifiedEffectIndicator(action),
  }
}

/** The bilan of a terminée or abandonnée action (efficacité and reconduction as indexed). */
export function toBilanRow(action: PilotageAction): BilanRow {
  return {
    documentId: action.record.id,
    title: action.record.title,
    status: action.record.status ?? '',
    efficacite: action.pilotage?.efficacite ?? null,
    reconduction: action.pilotage?.reconduction ?? '',
  }
}
