import type { IndexedMeasurement } from './PilotageIndex.ts'
import type { MaturityProfile } from './maturity/MaturityProfile.ts'

// What the pilotage API answers: the server builds these from the index, the web app
// shows them. Every figure is an aggregate: nothing here identifies a job seeker.

/** Filters of the dashboards: a thématique and a public of `ficheActionOptions`. */
export interface PilotageFilters {
  readonly thematique?: string
  readonly public?: string
}

/** Weakest criterion of a fiche's quality check. */
export interface WeakCriterion {
  readonly id: string
  readonly label: string
  readonly level: 'point-fort' | 'a-consolider' | 'axe-de-progres'
}

/** One action (fiche action) on a dashboard. */
export interface ActionRow {
  readonly documentId: string
  readonly title: string
  readonly spaceId: string
  /** A `FicheActionStatus` value, or `''` when none is chosen. */
  readonly status: string
  /** ISO 8601 time of its last saved change. */
  readonly updatedAt: string
  /** « À actualiser »: running and unchanged for more than 30 days (`isStale`). */
  readonly stale: boolean
  readonly qualityScore: number | null
  readonly weakestCriterion: WeakCriterion | null
  readonly thematiques: readonly string[]
  readonly publics: readonly string[]
  /** Has at least one résultat or impact indicator with a target and a target date. */
  readonly hasQuantifiedEffectIndicator: boolean
}

/** Direction of an indicator's last two measurements. */
export type Trend = 'hausse' | 'baisse' | 'stable'

/** One indicator of réalisation, résultat or impact of an action, on a dashboard. */
export interface IndicatorRow {
  readonly documentId: string
  readonly ficheTitle: string
  /** The item's id in the fiche's `indicateurs` list (where a new measurement is written). */
  readonly indicatorId: string
  readonly level: 'realisation' | 'resultat' | 'impact'
  readonly label: string
  readonly unit: string
  readonly baseline: number | null
  readonly baselineDate: string
  readonly target: number | null
  readonly targetDate: string
  readonly kpi: string
  readonly measurements: readonly IndexedMeasurement[]
  readonly latest: IndexedMeasurement | null
  /** Share of the way from baseline (0 when none) to target, ≥ 0, null without target or measure. */
  readonly progress: number | null
  /** From the measurement before the latest to the latest; null with fewer than two. */
  readonly trend: Trend | null
}

/** The bilan of a terminée or abandonnée action. */
export interface BilanRow {
  readonly documentId: string
  readonly title: string
  readonly status: string
  readonly efficacite: number | null
  readonly reconduction: string
}

/** Count and share of the actions with a quantified, dated résultat or impact indicator. */
export interface QuantifiedShare {
  readonly withIndicator: number
  readonly total: number
  /** `withIndicator / total`, null when there is no action. */
  readonly ratio: number | null
}

/** The « Pilotage » page of a CLPE (`GET /api/espaces/:spaceId/pilotage`). */
export interface ClpeDashboard {
  readonly spaceId: string
  readonly spaceName: string
  /** The current feuille de route (highest année, then latest change), or null without one. */
  readonly feuilleDeRoute: {
    readonly documentId: string
    readonly title: string
    readonly annee: number | null
  } | null
  /** The actions shown are those of the feuille de route, or every fiche action of the space without one. */
  readonly scope: 'feuille-de-route' | 'espace'
  readonly filters: PilotageFilters
  /** ISO 8601 time the dashboard was built. */
  readonly builtAt: string
  /** Count of the actions by status (every `FicheActionStatus` value, and `''` for none). */
  readonly byStatus: Readonly<Record<string, number>>
  readonly staleCount: number
  /** « À actualiser » first, then by status life order, then by title. */
  readonly actions: readonly ActionRow[]
  readonly indicators: readonly IndicatorRow[]
  readonly quantifiedShare: QuantifiedShare
  readonly averageQuality: number | null
  readonly bilans: readonly BilanRow[]
  /** True when the person may add measurements (edits fiches of this space). */
  readonly canMeasure: boolean
  /** True when the dashboard is built only from what the CLPE shared with all territories. */
  readonly sharedOnly: boolean
}

/** The latest submitted maturity self-assessment of a CLPE. */
export interface MaturitySnapshot {
  readonly campaignId: string
  readonly campaignTitle: string
  readonly submittedAt: string
  readonly profile: MaturityProfile
}

/** One CLPE in the regional view. */
export interface RegionalRow {
  readonly spaceId: string
  readonly name: string
  readonly departement: string
  readonly actions: number
  readonly byStatus: Readonly<Record<string, number>>
  /** Count of actions per thématique value (an action counts once in each of its thématiques). */
  readonly byThematique: Readonly<Record<string, number>>
  /** Count of actions per public value. */
  readonly byPublic: Readonly<Record<string, number>>
  readonly quantifiedShare: QuantifiedShare
  readonly averageQuality: number | null
  readonly staleCount: number
  readonly maturity: MaturitySnapshot | null
  /** Threads of the échanges raised by this CLPE and marked supra-territorial. */
  readonly supraTerritorialSubjects: number
}

/** Which actions contribute to one national KPI. */
export interface KpiContribution {
  readonly kpi: string
  readonly label: string
  readonly actions: readonly {
    readonly documentId: string
    readonly title: string
    readonly spaceId: string
    readonly spaceName: string
    readonly indicatorLabel: string
  }[]
}

/** The regional view (`GET /api/pilotage/region`). */
export interface RegionalView {
  readonly builtAt: string
  readonly filters: PilotageFilters
  readonly rows: readonly RegionalRow[]
  /** Totals over the rows (same shapes), for the head of the page. */
  readonly totals: Omit<RegionalRow, 'spaceId' | 'name' | 'departement' | 'maturity'>
  readonly kpis: readonly KpiContribution[]
  /** True when the person may draft the bilan for the bureau du CoRE. */
  readonly canDraftBilan: boolean
}
