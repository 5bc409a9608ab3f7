import type { MaturityProfile } from './MaturityProfile.ts'

// What the API of the démarche de progression answers (`/api/demarche-de-progression` and
// `/api/espaces/:spaceId/demarche-de-progression`).

/**
 * Where a campaign stands: `a-venir` before its first day, `ouverte` from its first to its last
 * day (Europe/Paris, both included), `close` after its last day or once the regional team closed it.
 */
export type MaturityCampaignStatus = 'a-venir' | 'ouverte' | 'close'

/** One CLPE in a campaign: its self-assessment's document, once opened, and its last submission. */
export interface MaturityCampaignSpace {
  readonly spaceId: string
  readonly spaceName: string
  /** The co-edited auto-évaluation, null until a member first opens it. */
  readonly documentId: string | null
  /** ISO 8601 instant of the last submission, null if never submitted. */
  readonly submittedAt: string | null
}

/** A campaign of the démarche de progression, as one person sees it. */
export interface MaturityCampaignView {
  readonly id: string
  readonly title: string
  /** First day, `YYYY-MM-DD` (Europe/Paris). */
  readonly opensAt: string
  /** Last day, `YYYY-MM-DD` (Europe/Paris). */
  readonly closesAt: string
  readonly status: MaturityCampaignStatus
  /** CLPE that submitted their self-assessment, of all targeted. */
  readonly submittedCount: number
  /** CLPE targeted: every CLPE of the region. */
  readonly targetCount: number
  /** Every CLPE for the regional team and the region's viewers; the person's own CLPE otherwise. */
  readonly spaces: readonly MaturityCampaignSpace[]
}

/** `GET /api/demarche-de-progression`. */
export interface MaturityCampaignsView {
  /** Oldest first. */
  readonly campaigns: readonly MaturityCampaignView[]
  /** Whether the person opens and closes campaigns (the regional team). */
  readonly canManage: boolean
}

/** One campaign in a CLPE's page, with that CLPE's self-assessment. */
export interface SpaceMaturityCampaign {
  readonly campaign: MaturityCampaignView
  readonly documentId: string | null
  readonly submittedAt: string | null
  readonly submittedByName: string | null
  /** The profile of the last submission, null if never submitted. */
  readonly profile: MaturityProfile | null
}

/** One submitted self-assessment in a CLPE's progression. */
export interface MaturityProgressionPoint {
  readonly campaignId: string
  readonly title: string
  readonly closesAt: string
  readonly submittedAt: string
  readonly profile: MaturityProfile
}

/** `GET /api/espaces/:spaceId/demarche-de-progression`: a CLPE's démarche de progression. */
export interface SpaceMaturityView {
  readonly spaceId: string
  readonly spaceName: string
  /** Whether the person fills the self-assessment in (contributeurs and animateurs of the CLPE). */
  readonly canEdit: boolean
  /** Whether the person submits it: `canEdit` and a campaign is open (submit only to an open one). */
  readonly canSubmit: boolean
  /** Every campaign, oldest first. */
  readonly campaigns: readonly SpaceMaturityCampaign[]
  /** The submitted profiles of the CLPE, in the order of their campaigns. */
  readonly progression: readonly MaturityProgressionPoint[]
}

/** `POST …/demarche-de-progression/:campaignId/document`: the self-assessment to open. */
export interface MaturityDocumentView {
  readonly documentId: string
}

/** `POST …/demarche-de-progression/:campaignId/soumission`: what was submitted. */
export interface MaturitySubmissionView {
  readonly submittedAt: string
  readonly profile: MaturityProfile
}
