// The wall of an atelier's live session: notes are posted, voted on and
// moderated through the API; the Y.Doc's `wall`, `wallVotes` and `wallSettings` roots show the
// result live to everyone.

/** Answer of `GET /api/ateliers/:id/mur`: the settings and the signed-in person's dots. */
export interface AtelierWallStateView {
  readonly anonymousAllowed: boolean
  /** Dots per participant, 0–20; 0: votes closed. */
  readonly voteBudget: number
  /** The signed-in person's dots, by note id. */
  readonly myDots: Readonly<Record<string, number>>
  /** Dots the signed-in person may still place. */
  readonly remaining: number
  /** Whether the signed-in person may post and vote (seat holders and facilitators). */
  readonly canTakePart: boolean
}

/** Body of `PUT /api/ateliers/:id/mur/reglages` (facilitators). */
export interface AtelierWallSettingsBody {
  readonly anonymousAllowed?: boolean
  readonly voteBudget?: number
}

/** Body of `POST /api/ateliers/:id/mur/notes`. */
export interface AtelierWallNoteBody {
  readonly text: string
  /** « Publier anonymement »: only when the facilitator allows it. */
  readonly anonymous?: boolean
}

/** Answer of `POST /api/ateliers/:id/mur/notes`. */
export interface AtelierWallNoteView {
  readonly noteId: string
}

/** Body of `POST /api/ateliers/:id/mur/notes/:noteId/points`: place (1) or take back (-1) a dot. */
export interface AtelierWallDotBody {
  readonly delta: 1 | -1
}

/** Body of `PATCH /api/ateliers/:id/mur/notes/:noteId` (facilitators). */
export interface AtelierWallModerationBody {
  readonly hidden?: boolean
  /** '' takes the note out of any group. */
  readonly groupId?: string
}

/** Answer of `GET /api/ateliers/:id/mur/notes/:noteId/auteur` (regional admins only). */
export interface AtelierWallAuthorView {
  readonly accountId: string
  readonly name: string
  readonly postedAt: string
}
