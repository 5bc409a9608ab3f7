import type { Actor } from '../auth/Actor.ts'

/** A séance as the calendar shows it (the séances' `listMeetings`, CONTRACTS). */
export interface CalendarMeeting {
  readonly id: string
  readonly instanceName: string
  readonly title: string
  /** ISO instants (UTC). */
  readonly startsAt: string
  readonly endsAt: string
  readonly place?: string
  readonly path: string
}

/** The séances `actor` may read whose Paris day of start is within the window (inclusive). */
export interface CalendarMeetings {
  listMeetings(
    actor: Actor,
    window: { from?: string | undefined; to?: string | undefined },
  ): Promise<readonly CalendarMeeting[]>
}

/** An atelier of the programme as the calendar shows it (the ateliers' `ReadAtelier`). */
export interface CalendarAtelier {
  readonly record: { readonly id: string }
  readonly details: {
    readonly title: string
    readonly startsAt?: Date
    readonly endsAt?: Date
    readonly presentation: string
  }
}

/** The ateliers `actor` may read (the ateliers' `AtelierService.readable`). */
export interface CalendarAteliers {
  readable(actor: Actor): Promise<readonly CalendarAtelier[]>
}

/** The instances' names, for the milestones that concern one. */
export interface CalendarInstances {
  listAllInstances(): Promise<readonly { readonly id: string; readonly name: string }[]>
}
