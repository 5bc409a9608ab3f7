/**
 * What an export holds, whatever its format: built once from a document's Y.Doc
 * (`buildExportModel`), then written as DOCX (`writeDocx`) or Markdown (`writeMarkdown`). Text is
 * final: French spacing applied, dates and numbers written the French way.
 */
export interface ExportModel {
  /** The document's title (its `title` root, else the index's). */
  readonly title: string
  /** The kind's French label (« Fiche action »). */
  readonly kindLabel: string
  /** « Espace — exporté le 7 décembre 2026 », the footer of every page. */
  readonly footer: string
  /** The kind's structured fields, by section. */
  readonly sections: readonly ExportSection[]
  /** The heading put before the rich text when fields come first (as on the page), else null. */
  readonly bodyHeading: string | null
  /** The rich text. */
  readonly body: readonly ExportBlock[]
}

/** One section of a kind's fields, with its title. */
export interface ExportSection {
  readonly title: string
  readonly fields: readonly ExportField[]
}

/**
 * Most columns a list field is written with as one table: beyond, on a portrait page, words
 * break inside narrow columns (an indicator has 14 fields), so each item is written on its own,
 * one line per field.
 */
export const MAX_TABLE_COLUMNS = 4

/** A field: its label and its value as paragraphs, or a list field as a table. */
export type ExportField =
  | { readonly type: 'value'; readonly label: string; readonly paragraphs: readonly string[] }
  | {
      readonly type: 'table'
      readonly label: string
      /** The name of one item (« Indicateur »), numbered when items are written one by one. */
      readonly itemLabel: string
      readonly columns: readonly string[]
      /** One row per item, one cell per column; empty when the list has no item. */
      readonly rows: readonly (readonly string[])[]
    }

/** The formatting of a run of text. */
export interface ExportMarks {
  readonly bold?: boolean
  readonly italic?: boolean
  readonly underline?: boolean
  readonly strike?: boolean
  readonly highlight?: boolean
  readonly code?: boolean
  /** The address of a link. */
  readonly link?: string
}

/** Inline content: a run of text with its marks, or a line break. */
export type ExportInline =
  | { readonly type: 'text'; readonly text: string; readonly marks: ExportMarks }
  | { readonly type: 'break' }

/** An item of a bullet or ordered list, or of a task list (`checked` set). */
export interface ExportListItem {
  readonly checked?: boolean
  readonly blocks: readonly ExportBlock[]
}

/** A cell of a table. */
export interface ExportTableCell {
  readonly header: boolean
  readonly colspan: number
  readonly blocks: readonly ExportBlock[]
}

/** A block of the rich text. */
export type ExportBlock =
  | { readonly type: 'heading'; readonly level: number; readonly content: readonly ExportInline[] }
  | { readonly type: 'paragraph'; readonly content: readonly ExportInline[] }
  | {
      readonly type: 'list'
      readonly style: 'bullet' | 'ordered' | 'task'
      /** First number of an ordered list. */
      readonly start: number
      readonly items: readonly ExportListItem[]
    }
  | { readonly type: 'table'; readonly rows: readonly (readonly ExportTableCell[])[] }
  | { readonly type: 'quote'; readonly blocks: readonly ExportBlock[] }
  | { readonly type: 'rule' }
  | { readonly type: 'code'; readonly text: string }
