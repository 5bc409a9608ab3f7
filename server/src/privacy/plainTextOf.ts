import type { RichTextJson } from '@maillage/protocol'

/** How a mention of someone reads in one's own exported messages: never their name. */
export const MENTION_IN_EXPORT = '@personne mentionnée'

const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'codeBlock'])

/**
 * The text of a message's rich text, for « Mes données »: blocks on their own lines, mentions as
 * {@link MENTION_IN_EXPORT} (the person's export holds no other person's name).
 */
export function plainTextOf(node: RichTextJson): string {
  return lines(node)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

function lines(node: RichTextJson): string[] {
  if (node.type === 'text') return [node.text ?? '']
  if (node.type === 'mention') return [MENTION_IN_EXPORT]
  if (node.type === 'hardBreak') return ['\n']
  const inner = (node.content ?? []).flatMap(lines)
  return BLOCKS.has(node.type) ? [`${inner.join('')}\n`] : inner
}
