/** Status of a fiche outil: a `nouveau` tool exists only once the comité de pilotage validated it. */
export type ToolStatusName = 'existant' | 'a-adapter' | 'nouveau'

/** Status of a proposal of a new tool: proposé → en examen → validé or refusé. */
export type ToolProposalStatusName = 'propose' | 'en-examen' | 'valide' | 'refuse'

/** A person as shown beside what they did. */
export interface PersonRefView {
  readonly id: string
  readonly name: string
}

/** The ratings CLPE gave a tool: averages over the CLPE that rated it, null when none did. */
export interface ToolRatingsView {
  /** Number of CLPE that mark the tool as used. */
  readonly count: number
  /** Average usefulness (1–5) over the CLPE that rated it, null when none did. */
  readonly usefulness: number | null
  /** Average ease of use (1–5) over the CLPE that rated it, null when none did. */
  readonly ease: number | null
}

/** What one CLPE that uses a tool wrote of it, shown in the catalogue under its name. */
export interface ToolCommentView {
  readonly spaceId: string
  readonly spaceName: string
  readonly comment: string
  readonly updatedAt: string
}

/** What one CLPE said of a tool (`PUT /api/toolbox/tools/:documentId/usage`). */
export interface ToolUsageView {
  readonly documentId: string
  readonly toolTitle: string
  readonly spaceId: string
  readonly spaceName: string
  readonly used: boolean
  /** 1–5, null until the CLPE rates it. */
  readonly usefulness: number | null
  /** 1–5, null until the CLPE rates it. */
  readonly ease: number | null
  readonly comment: string
  /** Who last marked it (last writer wins). */
  readonly by: PersonRefView
  readonly updatedAt: string
}

/**
 * A catalogued tool (`GET /api/toolbox/tools`): a fiche outil of the espace régional with the
 * usage the CLPE reported. Field values are the option values of the outil kind (`suivi-pilotage`…);
 * empty strings and lists when the fiche does not say.
 */
export interface ToolView {
  readonly documentId: string
  readonly title: string
  readonly porteur: string
  /** `diagnostic` | `suivi-pilotage` | `dispositif` | `methode`, or '' when not set. */
  readonly type: string
  readonly thematiques: readonly string[]
  readonly publics: readonly string[]
  /** `national` | `regional` | `local`, or '' when not set. */
  readonly echelle: string
  /** '' when not set (a fiche being written). */
  readonly statut: ToolStatusName | ''
  readonly lien: string
  /** One line saying what the tool is for. */
  readonly description: string
  /** The CLPE spaces that mark it as used, by name. */
  readonly usedBy: readonly { readonly spaceId: string; readonly spaceName: string }[]
  readonly ratings: ToolRatingsView
  /** The comments of the CLPE that use it, newest first. */
  readonly comments: readonly ToolCommentView[]
  /**
   * The usage of the signed-in person's CLPE (the first CLPE space where they may mark usage),
   * null when they are in no such space or it has not marked this tool.
   */
  readonly myUsage: {
    readonly spaceId: string
    readonly used: boolean
    readonly usefulness: number | null
    readonly ease: number | null
    readonly comment: string
  } | null
}

/** `GET /api/toolbox/tools`: the catalogue, filtered and sorted as asked. */
export interface ToolCatalogueView {
  readonly tools: readonly ToolView[]
}

/** An existing tool considered before proposing a new one, and why it cannot be adapted. */
export interface ConsideredToolView {
  /** The fiche outil of the catalogue, null for a tool outside it. */
  readonly documentId: string | null
  readonly name: string
  readonly whyNotAdaptable: string
}

/** One step of a proposal: dated and attributed. */
export interface ToolProposalStepView {
  readonly status: ToolProposalStatusName
  readonly at: string
  readonly by: PersonRefView
  /** Required for `valide` and `refuse` (≥ 20 characters), optional for `en-examen`. */
  readonly rationale?: string
}

/** A proposal of a new tool (`/api/toolbox/proposals`). */
export interface ToolProposalView {
  readonly id: string
  readonly title: string
  readonly description: string
  readonly porteur: string
  readonly lien: string
  /** `diagnostic` | `suivi-pilotage` | `dispositif` | `methode`, or ''. */
  readonly type: string
  readonly thematiques: readonly string[]
  readonly consideredTools: readonly ConsideredToolView[]
  readonly status: ToolProposalStatusName
  readonly proposedBy: PersonRefView
  readonly proposedAt: string
  /** Every step, oldest first, starting with `propose`. */
  readonly history: readonly ToolProposalStepView[]
  /** The fiche outil created in the espace régional once validated. */
  readonly createdToolId?: string
  /** True when the signed-in person may move it (a member of the comité de pilotage). */
  readonly canDecide: boolean
}

/** `POST /api/toolbox/proposals`. */
export interface ToolProposalBody {
  readonly title: string
  readonly description: string
  readonly porteur?: string
  readonly lien?: string
  readonly type?: string
  readonly thematiques?: readonly string[]
  /** At least one, each with a non-empty `whyNotAdaptable`. */
  readonly consideredTools: readonly ConsideredToolView[]
}

/** `POST /api/toolbox/proposals/:id/transition`. */
export interface ToolProposalTransitionBody {
  readonly to: 'en-examen' | 'valide' | 'refuse'
  /** Required (≥ 20 characters) for `valide` and `refuse`. */
  readonly rationale?: string
}

/** `PUT /api/toolbox/tools/:documentId/usage`. */
export interface ToolUsageBody {
  /** The CLPE space that uses the tool; the caller is its contributeur or animateur. */
  readonly spaceId: string
  readonly used: boolean
  /** 1–5; absent or null: not rated (marking a tool as used rates nothing). */
  readonly usefulness?: number | null
  /** 1–5; absent or null: not rated. */
  readonly ease?: number | null
  /** At most 1,000 characters. */
  readonly comment?: string
}

/** `GET /api/toolbox/usage?spaceId=`: what one CLPE said of the tools (or all CLPE, without it). */
export interface ToolUsageListView {
  readonly usages: readonly ToolUsageView[]
}

/** An in-app notification of the signed-in person. */
export interface NotificationView {
  readonly id: string
  /** What it is about: `proposition-outil`… (issue #8 adds mentions). */
  readonly kind: string
  /** In French, shown as is. */
  readonly message: string
  /** Path in the web app to open (`/boite-a-outils/propositions/<id>`). */
  readonly link: string
  readonly createdAt: string
  readonly readAt?: string
}

/** `GET /api/notifications`: the signed-in person's notifications, newest first. */
export interface NotificationListView {
  readonly notifications: readonly NotificationView[]
  readonly unread: number
}
