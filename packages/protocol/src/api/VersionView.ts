import type { RichTextJson } from './RichTextJson.ts'

/**
 * How a version was made: `automatique` at the end of an editing session (or before a restore),
 * `nommee` when a person (or a workflow such as the adoption of an avis) named it.
 */
export type VersionKindName = 'automatique' | 'nommee'

/** A person who edited the document between the previous version and this one. */
export interface VersionAuthorView {
  readonly id: string
  readonly name: string
}

/** One version of a document as the history lists it (metadata only, never its content). */
export interface VersionSummaryView {
  readonly id: string
  readonly documentId: string
  readonly kind: VersionKindName
  /** The name given to a named version (« Version soumise au bureau »); absent for automatic ones. */
  readonly name?: string
  /** ISO 8601 time the version was recorded. */
  readonly createdAt: string
  /** Who edited since the previous version (for a named version: at least who named it). */
  readonly authors: readonly VersionAuthorView[]
}

/** `POST /api/documents/:id/versions`: names the current state (1 to 120 characters). */
export interface VersionCreateBody {
  readonly nom: string
}

/**
 * A structured field of a version as shown: its label from the kind's definition and its value as
 * text (choice labels, French dates); a list field has one entry per item in `items` instead.
 */
export interface VersionFieldView {
  readonly name: string
  readonly label: string
  /** The value as text (`''` when empty); for a list field, its items joined by new lines. */
  readonly value: string
  /** For a list field: each item as one line of « Libellé : valeur » parts, in the list's order. */
  readonly items?: readonly string[]
}

/** `GET /api/documents/:id/versions/:versionId`: the content of one version, read-only. */
export interface VersionContentView {
  readonly version: VersionSummaryView
  /** The document's kind (`avis`, `fiche-action`…). */
  readonly kind: string
  readonly title: string
  /** The structured fields of the kind, in its display order. */
  readonly fields: readonly VersionFieldView[]
  /** The rich text, as Tiptap (ProseMirror) JSON of type `doc`. */
  readonly body: RichTextJson
}

/** One run of text of a diff: kept, added by the newer side, or removed from the older side. */
export interface DiffPartView {
  readonly op: 'equal' | 'insert' | 'delete'
  readonly text: string
}

/** How one compared unit (block, field, list item) changed between the two sides. */
export type DiffStatusName = 'unchanged' | 'changed' | 'added' | 'removed'

/** A text compared word by word. */
export interface TextDiffView {
  readonly status: DiffStatusName
  readonly parts: readonly DiffPartView[]
}

/** A structured field compared: scalar fields by words, list fields item by item. */
export interface FieldDiffView {
  readonly name: string
  readonly label: string
  readonly status: DiffStatusName
  /** The value compared word by word (for a list field: empty, see `items`). */
  readonly parts: readonly DiffPartView[]
  /** For a list field: each item compared, in the newer side's order, removed ones where they were. */
  readonly items?: readonly TextDiffView[]
}

/** A block of the rich text (a paragraph, a heading, an item of a list…) compared by words. */
export interface BlockDiffView {
  /** The node type: `paragraph`, `heading`, `listItem`, `blockquote`, `codeBlock`, `table`… */
  readonly type: string
  /** The heading's level, for a heading. */
  readonly level?: number
  readonly status: DiffStatusName
  readonly parts: readonly DiffPartView[]
}

/** One side of a comparison: a version, or the current state of the document (`actuelle`). */
export interface VersionSideView {
  /** The version's id, or `actuelle`. */
  readonly id: string
  /** The version compared; absent for the current state. */
  readonly version?: VersionSummaryView
}

/**
 * `GET /api/documents/:id/versions/:a/comparaison/:b`: what changed from `from` (a) to `to` (b):
 * the title, each structured field of the kind (labelled), and the body block by block, with
 * word-level insertions and deletions.
 */
export interface VersionDiffView {
  readonly documentId: string
  readonly from: VersionSideView
  readonly to: VersionSideView
  readonly title: TextDiffView
  readonly fields: readonly FieldDiffView[]
  readonly body: readonly BlockDiffView[]
  /** True when nothing differs. */
  readonly identical: boolean
}

/** `POST /api/documents/:id/versions/:versionId/restauration`: the versions the restore made. */
export interface VersionRestoreView {
  /** The automatic version of the state before the restore (« Avant restauration »). */
  readonly before: VersionSummaryView
  /** The named version of the restored state (« Restauration de la version du … »). */
  readonly restored: VersionSummaryView
}
