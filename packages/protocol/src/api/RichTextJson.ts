/** A mark of {@link RichTextJson} (`bold`, `italic`, `link` with its `href`…). */
export interface RichTextMarkJson {
  readonly type: string
  readonly attrs?: Readonly<Record<string, unknown>>
}

/**
 * Rich text as the JSON of a Tiptap (ProseMirror) document: what the message composer sends and
 * what a message holds. The server checks it against the message schema of `@maillage/editor`
 * (`createMessageExtensions`) before storing it; a mention is a node `mention` whose `attrs.id` is
 * the mentioned account's id and `attrs.label` the name shown.
 */
export interface RichTextJson {
  readonly type: string
  readonly attrs?: Readonly<Record<string, unknown>>
  readonly content?: readonly RichTextJson[]
  readonly marks?: readonly RichTextMarkJson[]
  readonly text?: string
}
