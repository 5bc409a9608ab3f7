import type { RichTextJson } from './RichTextJson.ts'
import type { PersonRefView } from './ToolboxView.ts'

/** `question` | `remontee` | `retour-experience` | `signal-faible` (see `EXCHANGE_TYPE_OPTIONS`). */
export type ExchangeTypeName = 'question' | 'remontee' | 'retour-experience' | 'signal-faible'

/** `ouvert` | `pris-en-charge` | `repondu` | `clos` (see `EXCHANGE_STATUS_OPTIONS`). */
export type ExchangeStatusName = 'ouvert' | 'pris-en-charge' | 'repondu' | 'clos'

/** A CLPE (or other space) as shown beside a thread. */
export interface TerritoryRefView {
  readonly spaceId: string
  readonly name: string
  /** Code of its département (`59`…), absent for the regional spaces. */
  readonly departement?: string
}

/** A « nous aussi » of a territory on a remontée or signal faible. */
export interface ExchangeEchoView {
  readonly territory: TerritoryRefView
  readonly by: PersonRefView
  readonly at: string
}

/**
 * One message of a thread, as the server writes it (a plain JSON value) into the `messages` root
 * of the thread's Y.Doc, and as `POST /api/echanges/:id/messages` answers it.
 */
export interface ExchangeMessageView {
  readonly id: string
  readonly author: PersonRefView
  readonly at: string
  readonly content: RichTextJson
  /** Ids of the accounts mentioned (and notified). */
  readonly mentions: readonly string[]
}

/** A thread in lists (`GET /api/echanges`). */
export interface ExchangeSummaryView {
  /** The id of the thread's document (kind `discussion`, espace régional). */
  readonly id: string
  readonly title: string
  readonly type: ExchangeTypeName
  readonly status: ExchangeStatusName
  /** Values of `EXCHANGE_THEME_OPTIONS`. */
  readonly themes: readonly string[]
  /** The territory that raised it, absent when raised by the CoRE or the regional team. */
  readonly origin?: TerritoryRefView
  /** Territories the author says are concerned. */
  readonly territories: readonly TerritoryRefView[]
  readonly author: PersonRefView
  readonly createdAt: string
  readonly lastMessageAt: string
  readonly messageCount: number
  readonly echoCount: number
  /** Raised by `SUPRA_TERRITORIAL_THRESHOLD` CLPE or more (origin and « nous aussi »). */
  readonly supraTerritorial: boolean
}

/** A whole thread (`GET /api/echanges/:id`); its messages are read live from its Y.Doc. */
export interface ExchangeView extends ExchangeSummaryView {
  readonly echoes: readonly ExchangeEchoView[]
  /** What the signed-in person may do. */
  readonly can: {
    readonly post: boolean
    readonly changeStatus: boolean
    /** The CLPE spaces this person may say « nous aussi » for (empty when none or not echoable). */
    readonly echoFor: readonly TerritoryRefView[]
  }
}

/** Body of `POST /api/echanges`. */
export interface ExchangeCreateBody {
  readonly type: ExchangeTypeName
  readonly title: string
  readonly themes: readonly string[]
  /** Space ids of the CLPE concerned. */
  readonly territorySpaceIds: readonly string[]
  /** The CLPE it is raised for; the person must be contributeur or animateur there. */
  readonly originSpaceId?: string
  /** The opening message. */
  readonly content: RichTextJson
}

/** Body of `POST /api/echanges/:id/messages`. */
export interface ExchangeMessageBody {
  readonly content: RichTextJson
}

/** Body of `PATCH /api/echanges/:id`. */
export interface ExchangeStatusBody {
  readonly status: ExchangeStatusName
}

/** Body of `POST /api/echanges/:id/nous-aussi`. */
export interface ExchangeEchoBody {
  readonly spaceId: string
}

/** One theme of the synergies view (`GET /api/echanges/synergies`). */
export interface SynergyThemeView {
  /** Value of `EXCHANGE_THEME_OPTIONS`. */
  readonly theme: string
  readonly label: string
  /** The remontées and signaux faibles of this theme, most CLPE first. */
  readonly subjects: readonly SynergySubjectView[]
  /** Every CLPE raising a subject of this theme, by département then name. */
  readonly territories: readonly TerritoryRefView[]
}

/** A remontée or signal faible and the CLPE that raised it. */
export interface SynergySubjectView {
  readonly thread: ExchangeSummaryView
  /** The origin CLPE then those that said « nous aussi ». */
  readonly raisedBy: readonly TerritoryRefView[]
  readonly supraTerritorial: boolean
}

/** `GET /api/echanges/synergies`. */
export interface SynergiesView {
  readonly themes: readonly SynergyThemeView[]
  /** The supra-territorial subjects, for the CoRE, most CLPE first. */
  readonly supraTerritorial: readonly SynergySubjectView[]
}
