// The governance's instances as the API presents them (`/api/gouvernance/instances`).

/** The kinds of instance. */
export type InstanceKindName =
  | 'comite-pilotage'
  | 'comite-territoires'
  | 'comite-territoires-elargi'
  | 'bureau-core'
  | 'pleniere-clpe'
  | 'bureau-clpe'

/** The collèges of the members. */
export type CollegeName =
  'etat' | 'region' | 'partenaires-sociaux' | 'france-travail' | 'clpe' | 'collectivites' | 'autres'

/** The profile of a CLPE's territory. */
export type ClpeProfileName = 'urbain' | 'periurbain' | 'rural'

/** Where a mandate stands on the day it is shown. */
export type MandateStatusName = 'en-cours' | 'a-venir' | 'termine'

/** An instance in a list, and the head of its page. */
export interface InstanceSummaryView {
  readonly id: string
  readonly kind: InstanceKindName
  readonly name: string
  readonly spaceId: string
  readonly spaceName: string
  readonly quorum: number
  /** Members whose mandate runs today. */
  readonly activeMembers: number
  /** For a CLPE's instances: the CLPE's profile, when set. */
  readonly clpeProfile?: ClpeProfileName
}

/** `GET /api/gouvernance/instances`: the regional instances, then those of the CLPE one may read. */
export interface InstanceListView {
  readonly regional: readonly InstanceSummaryView[]
  readonly clpe: readonly InstanceSummaryView[]
}

/** A member's mandate. */
export interface MandateView {
  readonly id: string
  readonly name: string
  readonly accountId?: string
  readonly college: CollegeName
  /** The organisme représenté. */
  readonly body: string
  readonly clpeSpaceId?: string
  readonly clpeName?: string
  /** The CLPE's profile when designated. */
  readonly clpeProfile?: ClpeProfileName
  /** `YYYY-MM-DD`, both included. */
  readonly startsOn: string
  readonly endsOn?: string
  readonly status: MandateStatusName
}

/** One CLPE counted by the rule. */
export interface RuleClpeView {
  readonly spaceId: string
  readonly name: string
  /** Null while the regional team has not set it. */
  readonly profile: ClpeProfileName | null
}

/** The comité de pilotage's rule « au moins 3 CLPE de profils différents » on one day. */
export interface ClpeRuleView {
  readonly onDate: string
  readonly respected: boolean
  /** `REGLE_RESPECTEE`, `CLPE_INSUFFISANTS` or `PROFILS_IDENTIQUES`. */
  readonly code: 'REGLE_RESPECTEE' | 'CLPE_INSUFFISANTS' | 'PROFILS_IDENTIQUES'
  readonly clpe: readonly RuleClpeView[]
  readonly distinctProfiles: number
  /** French, for people. */
  readonly explanation: string
}

/** `GET /api/gouvernance/instances/:id`. */
export interface InstanceDetailView {
  readonly instance: InstanceSummaryView
  /** Today, `YYYY-MM-DD` (Europe/Paris): the day statuses and the rule are evaluated on. */
  readonly today: string
  /** Every mandate, current and future first (by collège), then ended ones. */
  readonly mandates: readonly MandateView[]
  /** The comité de pilotage's rule; null for other instances. */
  readonly rule: ClpeRuleView | null
  /** The comité de pilotage's CLPE mandates, past and current, newest first; null for others. */
  readonly rotation: readonly MandateView[] | null
  readonly canManage: boolean
  /** A CLPE's plénière whose profile the actor (an admin) may set. */
  readonly canSetClpeProfile: boolean
}

/** `POST /api/gouvernance/instances/:id/membres`. */
export interface MemberBody {
  readonly name: string
  readonly accountId?: string
  readonly college: CollegeName
  readonly body: string
  /** Required for the collège `clpe`: the CLPE's space. */
  readonly clpeSpaceId?: string
  readonly startsOn: string
  readonly endsOn?: string
}

/** `POST /api/gouvernance/instances/:id/membres/:mandateId/fin`. */
export interface EndMandateBody {
  readonly endsOn: string
}

/** `PUT /api/gouvernance/instances/:id/profil-clpe`. */
export interface ClpeProfileBody {
  readonly profile: ClpeProfileName
}

/**
 * What a change of members answers: the mandate, the rule on the day the change takes effect
 * (comité de pilotage only) and whether this change broke it (allowed, but flagged).
 */
export interface MandateChangeView {
  readonly mandate: MandateView
  readonly rule: ClpeRuleView | null
  readonly ruleBroken: boolean
}
