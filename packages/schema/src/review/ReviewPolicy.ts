/**
 * What the lecteurs of a space may do with its documents besides reading them: nothing more,
 * comment, or comment and suggest changes (track changes). Set by the space's animateurs; a
 * space that never chose lets its lecteurs comment.
 */
export const LecteurReview = {
  Lecture: 'lecture',
  Commentaire: 'commentaire',
  Suggestion: 'suggestion',
} as const
export type LecteurReview = (typeof LecteurReview)[keyof typeof LecteurReview]

/** The lecteurs' review right of a space that never chose one. */
export const DEFAULT_LECTEUR_REVIEW: LecteurReview = LecteurReview.Commentaire

/** French label of each lecteur review right, as the space's settings offer them. */
export const LECTEUR_REVIEW_LABELS: Readonly<Record<LecteurReview, string>> = {
  lecture: 'Lecture seule',
  commentaire: 'Lecture et commentaires',
  suggestion: 'Commentaires et suggestions de modification',
}

/**
 * How a person's typing lands in the rich text: written directly, or as suggestions that an
 * editor accepts or rejects. Editors choose it in the editor; their default is set per person
 * and per space (a social partner reviewing may suggest by default).
 */
export const EditingMode = {
  Edition: 'edition',
  Suggestion: 'suggestion',
} as const
export type EditingMode = (typeof EditingMode)[keyof typeof EditingMode]

/** French label of each editing mode. */
export const EDITING_MODE_LABELS: Readonly<Record<EditingMode, string>> = {
  edition: 'Modifier directement',
  suggestion: 'Suggérer des modifications',
}
