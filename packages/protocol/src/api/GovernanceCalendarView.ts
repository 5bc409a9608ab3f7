/** What an entry of the governance calendar is: a séance, a milestone, or an atelier. */
export type GovernanceCalendarKindName = 'seance' | 'jalon' | 'atelier'

/** One entry of the governance calendar. */
export interface GovernanceCalendarEntryView {
  readonly kind: GovernanceCalendarKindName
  readonly id: string
  readonly title: string
  /** ISO instant for séances and ateliers, `YYYY-MM-DD` for milestones. */
  readonly startsAt: string
  readonly endsAt?: string
  /** True for a milestone: a day, not a time. */
  readonly allDay: boolean
  /** The instance, for a séance or a milestone that concerns one. */
  readonly instanceName?: string
  readonly place?: string
  readonly description?: string
  /** Page of the entry in the web app, when it has one. */
  readonly path?: string
}

/** `GET /api/gouvernance/calendrier`: the entries between two days, in date order. */
export interface GovernanceCalendarView {
  readonly from: string
  readonly to: string
  readonly entries: readonly GovernanceCalendarEntryView[]
}
