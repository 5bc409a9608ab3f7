import type { RegionalView } from '@maillage/schema'
import type { BilanPeriod } from './bilanPeriodInput.ts'

/** A fiche action terminée during the period whose bilan says it worked (see `selectHighlights`). */
export interface HighlightedFiche {
  readonly documentId: string
  readonly title: string
  readonly spaceName: string
  /** Efficacité auto-évaluée, 0–10, or null. */
  readonly efficacite: number | null
  /** `oui`, `peut-etre`, `non` or `''`. */
  readonly reconduction: string
}

/** An indicator whose latest measure, taken during the period, reached its target. */
export interface ReachedIndicator {
  readonly documentId: string
  readonly ficheTitle: string
  readonly spaceName: string
  readonly label: string
  readonly unit: string
  readonly target: number
  /** The latest measure: `YYYY-MM-DD` and value. */
  readonly latest: { readonly date: string; readonly value: number }
}

/** The faits marquants of the period. */
export interface BilanHighlights {
  readonly fiches: readonly HighlightedFiche[]
  readonly indicators: readonly ReachedIndicator[]
}

/** A supra-territorial subject of the échanges: a thread raised by several CLPE. */
export interface SupraTerritorialSubject {
  readonly threadId: string
  readonly title: string
  /** Number of CLPE raising it (its origin and the « nous aussi »). */
  readonly raisedBy: number
  /** French label of the thread's status. */
  readonly status: string
}

/** Everything a bilan is drafted from, frozen at the moment of drafting. */
export interface BilanSources {
  readonly period: BilanPeriod
  /** `YYYY-MM-DD` (Paris) the figures were taken: every source line names it. */
  readonly figuresDay: string
  readonly view: RegionalView
  readonly highlights: BilanHighlights
  readonly subjects: readonly SupraTerritorialSubject[]
}
