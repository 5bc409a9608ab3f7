/** One entry of a section of a numéro: what happened, where to read it, and one line about it. */
export interface LettreEntry {
  readonly title: string
  /** A path of the web app (`/documents/…`, `/ateliers/…`) or, for a veille item, its address. */
  readonly href: string
  /** One French line after the link (date, CLPE, source…); '' when none. */
  readonly detail: string
  /** A second link (the replay of a past atelier), if any. */
  readonly extra?: { readonly label: string; readonly href: string }
}

/** Everything a numéro's draft is assembled from, read once when it is prepared. */
export interface LettreFacts {
  /** `YYYY-MM-DD`: what happened from this day on is new (the last numéro's, or 60 days ago). */
  readonly since: string
  /** Whether `since` is the day of the last published numéro (else: the first numéro). */
  readonly sinceLastNumero: boolean
  /** Tools validated by the comité de pilotage since then. */
  readonly tools: readonly LettreEntry[]
  /** Ateliers from today on, soonest first. */
  readonly ateliersToCome: readonly LettreEntry[]
  /** Ateliers held since then, with their replay when there is one. */
  readonly ateliersPast: readonly LettreEntry[]
  /** Supra-territorial subjects of the échanges active since then. */
  readonly subjects: readonly LettreEntry[]
  /** Veille items selected for the lettre since then. */
  readonly veille: readonly LettreEntry[]
  /** Fiches action their CLPE shared with all territories and changed since then. */
  readonly fiches: readonly LettreEntry[]
}
