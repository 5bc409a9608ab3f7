import type { RichTextJson } from '@maillage/protocol'

/**
 * The message with every mention of a known account showing that account's current name, so
 * that nobody can mention one person under another's name. Mentions of unknown ids keep their
 * label (they notify nobody). Pure: returns a new value.
 */
export function labelMentions(
  content: RichTextJson,
  names: ReadonlyMap<string, string>,
): RichTextJson {
  const id = content.type === 'mention' ? content.attrs?.['id'] : undefined
  const name = typeof id === 'string' ? names.get(id) : undefined
  return {
    ...content,
    ...(name === undefined ? {} : { attrs: { ...content.attrs, label: name } }),
    ...(content.content === undefined
      ? {}
      : { content: content.content.map((child) => labelMentions(child, names)) }),
  }
}
