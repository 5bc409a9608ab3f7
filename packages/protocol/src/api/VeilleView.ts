import type { PersonRefView } from './ToolboxView.ts'

/** `propose` (awaiting the regional team), `publie` (read by all), `ecarte` (set aside). */
export type VeilleStatusName = 'propose' | 'publie' | 'ecarte'

/** One item of the veille as the signed-in person sees it. */
export interface VeilleItemView {
  readonly id: string
  readonly title: string
  readonly url: string
  readonly source: string
  /** `YYYY-MM-DD`. */
  readonly publishedOn: string
  readonly summary: string
  /** Values of the fiches action's thématiques. */
  readonly thematiques: readonly string[]
  /** `region`, a département code (`59`) or a CLPE's space id (`clpe-59004`). */
  readonly territories: readonly string[]
  readonly status: VeilleStatusName
  readonly selectedForLettre: boolean
  readonly addedBy: PersonRefView
  readonly addedAt: string
  readonly curatedBy?: PersonRefView
  readonly curatedAt?: string
  readonly origin: { readonly kind: 'saisie' | 'import'; readonly feedUrl?: string }
  /** The signed-in person may change its fields (a curator, or its author while proposed). */
  readonly canEdit: boolean
  /** The signed-in person may publish, set aside, select or delete it (the regional team). */
  readonly canCurate: boolean
}

/** `GET /api/veille`: the items matching the filters, newest publication first. */
export interface VeilleListView {
  readonly items: readonly VeilleItemView[]
  /** How many items matched, beyond the `limit` shown. */
  readonly total: number
  /** The signed-in person curates the veille (sees proposals, curation and import forms). */
  readonly canCurate: boolean
  /** The signed-in person may propose an item (a member of a space). */
  readonly canPropose: boolean
}

/** `POST /api/veille` and `PATCH /api/veille/:id` (every field, or those changed). */
export interface VeilleItemBody {
  readonly title: string
  readonly url: string
  readonly source: string
  readonly publishedOn: string
  readonly summary?: string
  readonly thematiques?: readonly string[]
  readonly territories?: readonly string[]
}

/** `POST /api/veille/:id/curation`. */
export interface VeilleCurationBody {
  readonly status?: VeilleStatusName
  readonly selectedForLettre?: boolean
}

/** `POST /api/veille/import`. */
export interface VeilleImportBody {
  readonly url: string
}

/** Why an entry of an imported feed was not kept. */
export interface VeilleImportRejectionView {
  /** The entry's title, or its position when it has none. */
  readonly entry: string
  /** French. */
  readonly reason: string
}

/** The answer of an import: items created (status `propose`), duplicates and rejected entries. */
export interface VeilleImportView {
  readonly imported: readonly VeilleItemView[]
  readonly duplicates: readonly { readonly title: string; readonly existingId: string }[]
  readonly rejected: readonly VeilleImportRejectionView[]
}

/** `GET /api/veille/flux`: whether the person has a personal feed address. */
export interface VeilleFeedStatusView {
  readonly active: boolean
  readonly createdAt?: string
}

/** `POST /api/veille/flux`: the new personal addresses, shown once. */
export interface VeilleFeedView {
  readonly atomUrl: string
  readonly rssUrl: string
  readonly createdAt: string
}
