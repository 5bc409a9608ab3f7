import type { PersonRefView } from './ToolboxView.ts'

/** `webinaire` | `atelier-virtuel` (see `ATELIER_FORMAT_OPTIONS`). */
export type AtelierFormatName = 'webinaire' | 'atelier-virtuel'

/** `a-venir` | `en-cours` | `terminee`. */
export type AtelierSessionStateName = 'a-venir' | 'en-cours' | 'terminee'

/** A person's place: `inscrit` (has a seat) or `liste-attente` (waiting, at `position`). */
export type AtelierRegistrationStatusName = 'inscrit' | 'liste-attente'

/** The signed-in person's registration to an atelier. */
export interface AtelierRegistrationView {
  readonly status: AtelierRegistrationStatusName
  /** 1 for the first on the waiting list; absent when `inscrit`. */
  readonly position?: number
  readonly registeredAt: string
}

/** One registered person, for the facilitators (`GET /api/ateliers/:id/inscriptions`). */
export interface AtelierRegistrantView {
  readonly person: PersonRefView
  readonly email: string
  readonly status: AtelierRegistrationStatusName
  readonly position?: number
  readonly registeredAt: string
}

/** One person seen in the live session. */
export interface AtelierAttendanceView {
  readonly person: PersonRefView
  readonly firstSeenAt: string
  readonly lastSeenAt: string
}

/** The live session, as mirrored in the `session` root of the atelier's Y.Doc. */
export interface AtelierSessionView {
  readonly state: AtelierSessionStateName
  /** Id of the agenda item being treated, while `en-cours`. */
  readonly currentItemId?: string
  readonly startedAt?: string
  readonly endedAt?: string
}

/** An atelier in the programme (`GET /api/ateliers`). Date and time are in Europe/Paris. */
export interface AtelierSummaryView {
  /** The id of the atelier's document (kind `atelier`). */
  readonly id: string
  readonly title: string
  /** `YYYY-MM-DD`, '' while not set. */
  readonly date: string
  /** `HH:MM`, '' while not set. */
  readonly time: string
  /** Minutes; 0 while not set. */
  readonly durationMinutes: number
  /** The start as an ISO instant (UTC), absent while date or time is missing. */
  readonly startsAt?: string
  readonly endsAt?: string
  readonly format: AtelierFormatName | ''
  /** Value of `ATELIER_THEME_OPTIONS`, '' while not set. */
  readonly theme: string
  readonly intervenants: string
  /** Seats; 0 means unlimited. */
  readonly capacity: number
  readonly registeredCount: number
  readonly waitingCount: number
  readonly session: AtelierSessionView
  /** The signed-in person's registration, absent when not registered. */
  readonly registration?: AtelierRegistrationView
}

/** A whole atelier (`GET /api/ateliers/:id`). */
export interface AtelierView extends AtelierSummaryView {
  /**
   * Shown to people holding a seat and to facilitators only; '' otherwise or while not set. Set
   * at creation and with `PATCH /api/ateliers/:id`, never in the atelier's document.
   */
  readonly visioLink: string
  readonly replayLink: string
  readonly spaceId: string
  /** The compte rendu drafted from the session, once created. */
  readonly compteRenduId?: string
  /** People seen in the live session (facilitators only; empty for others). */
  readonly attendance: readonly AtelierAttendanceView[]
  readonly can: {
    /** Edits the atelier, runs its session, drafts the compte rendu. */
    readonly facilitate: boolean
    readonly register: boolean
  }
}

/** Body of `POST /api/ateliers`: the essentials; the rest is co-edited in the document. */
export interface AtelierCreateBody {
  readonly title: string
  /** `YYYY-MM-DD`. */
  readonly date: string
  /** `HH:MM`, Europe/Paris. */
  readonly time: string
  readonly durationMinutes: number
  readonly format: AtelierFormatName
  readonly theme: string
  readonly intervenants: string
  readonly visioLink: string
  /** 0 for unlimited. */
  readonly capacity: number
}

/**
 * Body of `PATCH /api/ateliers/:id` (facilitators): the visio link, an `https://` address or ''
 * to remove it. It is kept by the server, out of the atelier's document, which every reader
 * receives; answered with the {@link AtelierView}.
 */
export interface AtelierPatchBody {
  readonly visioLink: string
}

/**
 * Body of `POST /api/ateliers/:id/session` (facilitators): `demarrer` (from `a-venir`), `aller-a`
 * an agenda item and `terminer` (while `en-cours`), `reprendre` (from `terminee`, back to
 * `en-cours` on the first agenda item: a session ended by mistake, or started before its day).
 */
export type AtelierSessionBody =
  | { readonly action: 'demarrer' }
  | { readonly action: 'aller-a'; readonly itemId: string }
  | { readonly action: 'terminer' }
  | { readonly action: 'reprendre' }

/** Answer of `POST /api/calendrier`: the subscription address, shown once. */
export interface CalendarFeedView {
  readonly url: string
  readonly createdAt: string
}

/** `GET /api/calendrier`: whether the person has a live subscription address. */
export interface CalendarFeedStatusView {
  readonly active: boolean
  readonly createdAt?: string
}
