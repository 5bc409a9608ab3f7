import { FicheActionStatus } from '@maillage/schema'
import type { BilanHighlights, HighlightedFiche, ReachedIndicator } from './BilanSources.ts'
import type { BilanPeriod } from './bilanPeriodInput.ts'

/** Most fiches, and most indicators, the faits marquants name. */
export const MAX_HIGHLIGHTS = 30

/** Efficacité auto-évaluée from which a finished action counts as a fait marquant. */
export const HIGHLIGHT_EFFICACITE = 7

/** An indicator of a fiche as the index keeps it (`IndicatorDigest`). */
interface CandidateIndicator {
  readonly level: string
  readonly label: string
  readonly unit: string
  readonly baseline: number | null
  readonly target: number | null
  /** Oldest first. */
  readonly measurements: readonly { readonly date: string; readonly value: number }[]
}

/** A fiche action of a CLPE as the index keeps it, with its space's name. */
export interface HighlightCandidate {
  readonly documentId: string
  readonly title: string
  readonly spaceName: string
  readonly status: string
  /** Its `dateFin` field, `YYYY-MM-DD` or `''`. */
  readonly dateFin: string
  /** ISO 8601 time of its last saved change. */
  readonly updatedAt: string
  readonly efficacite: number | null
  readonly reconduction: string
  readonly indicators: readonly CandidateIndicator[]
}

function inPeriod(day: string, period: BilanPeriod): boolean {
  return day >= period.periodStart && day <= period.periodEnd
}

/** The day an action ended: its date de fin, else the day of its last change (when it was closed). */
function endDay(fiche: HighlightCandidate): string {
  return fiche.dateFin !== '' ? fiche.dateFin : fiche.updatedAt.slice(0, 10)
}

function isPositiveFinish(fiche: HighlightCandidate, period: BilanPeriod): boolean {
  return (
    fiche.status === FicheActionStatus.Terminee &&
    inPeriod(endDay(fiche), period) &&
    ((fiche.efficacite !== null && fiche.efficacite >= HIGHLIGHT_EFFICACITE) ||
      fiche.reconduction === 'oui')
  )
}

/**
 * Tells whether `value` reached `target`: at or above it, or at or below it when the target is
 * below the baseline (a delay or a rate to bring down).
 */
export function reachesTarget(value: number, target: number, baseline: number | null): boolean {
  return baseline !== null && target < baseline ? value <= target : value >= target
}

function reachedIndicators(fiche: HighlightCandidate, period: BilanPeriod): ReachedIndicator[] {
  return fiche.indicators.flatMap((indicator): ReachedIndicator[] => {
    const latest = indicator.measurements.at(-1)
    const { target } = indicator
    if (indicator.level === 'contexte' || latest === undefined || target === null) return []
    if (!inPeriod(latest.date, period)) return []
    if (!reachesTarget(latest.value, target, indicator.baseline)) return []
    const { documentId, title: ficheTitle, spaceName } = fiche
    const { label, unit } = indicator
    return [{ documentId, ficheTitle, spaceName, label, unit, target, latest }]
  })
}

/**
 * The faits marquants of a period: the fiches action terminées in it (by their date de fin) with
 * an efficacité of {@link HIGHLIGHT_EFFICACITE}/10 or more or a reconduction « oui », most effective
 * first; and the indicators whose latest measure, dated in the period, reached their target, latest
 * first. At most {@link MAX_HIGHLIGHTS} of each.
 */
export function selectHighlights(
  fiches: readonly HighlightCandidate[],
  period: BilanPeriod,
): BilanHighlights {
  const finished: HighlightedFiche[] = fiches
    .filter((fiche) => isPositiveFinish(fiche, period))
    .sort(
      (a, b) => (b.efficacite ?? -1) - (a.efficacite ?? -1) || a.title.localeCompare(b.title, 'fr'),
    )
    .slice(0, MAX_HIGHLIGHTS)
    .map(({ documentId, title, spaceName, efficacite, reconduction }) => ({
      documentId,
      title,
      spaceName,
      efficacite,
      reconduction,
    }))
  const indicators = fiches
    .flatMap((fiche) => reachedIndicators(fiche, period))
    .sort(
      (a, b) =>
        b.latest.date.localeCompare(a.latest.date) ||
        a.ficheTitle.localeCompare(b.ficheTitle, 'fr'),
    )
    .slice(0, MAX_HIGHLIGHTS)
  return { fiches: finished, indicators }
}
