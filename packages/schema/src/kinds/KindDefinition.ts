import type { DocumentKind } from '../DocumentKind.ts'
import type { ChoiceOption, FieldSection } from './FieldDefinition.ts'
import type { FieldValues } from './FieldValues.ts'
import type { QualityReport } from './QualityReport.ts'

/** One block of a kind's template, the initial body of a new document. */
export type TemplateBlock =
  | { readonly type: 'heading'; readonly level: 2 | 3; readonly text: string }
  | { readonly type: 'paragraph'; readonly text: string }
  | { readonly type: 'bulletList'; readonly items: readonly string[] }

/** What the server's index keeps of a document's fields, so lists and filters never load Y.Docs. */
export interface IndexedFields {
  /** The status value (e.g. `en-cours`), or null for kinds without statuses. */
  readonly status: string | null
  /** A few key fields as short strings, by name (dates, période, année, thématiques…). */
  readonly keyFields: Readonly<Record<string, string>>
}

/** What a quality check is given besides the values. */
export interface QualityContext {
  /** Now, in ms since the epoch. */
  readonly now: number
  /** The document's title (the `title` Y.Text, not a field), which the grid scores too. */
  readonly title: string
}

/** Everything Maillage knows about one kind of document. */
export interface KindDefinition {
  readonly kind: DocumentKind
  /** French label. */
  readonly label: string
  /** One French sentence saying what this kind is for, shown when choosing a kind. */
  readonly description: string
  /** The structured fields, in display order, grouped in sections. Empty for free pages. */
  readonly sections: readonly FieldSection[]
  /** Name of the choice field holding the status, or null; its options are the statuses. */
  readonly statusField: string | null
  /** The statuses, in their life order (empty without `statusField`). */
  readonly statuses: readonly ChoiceOption[]
  /** Initial body of a new document of this kind. */
  readonly template: readonly TemplateBlock[]
  /** What the index keeps of the validated values. */
  readonly index: (values: FieldValues) => IndexedFields
  /** The quality check of this kind, if it has one (fiche action). */
  readonly quality: ((values: FieldValues, context: QualityContext) => QualityReport) | null
}
