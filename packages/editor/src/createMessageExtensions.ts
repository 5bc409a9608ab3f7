import type { AnyExtension } from '@tiptap/core'
import Mention, { type MentionOptions } from '@tiptap/extension-mention'
import StarterKit from '@tiptap/starter-kit'
import { TypingIntoEmptyBlocks } from './typingIntoEmptyBlocks.ts'

/** What the web composer adds to mentions: how `@` suggestions are fetched and shown. */
export type MentionSuggestion = MentionOptions['suggestion']

/**
 * The extensions of a message of the échanges: paragraphs, bold, italic, strike, inline code,
 * links, bullet and numbered lists, quotes, line breaks, and mentions of a person (`@nom`, a node
 * `mention` with the account's `id` and the `label` shown). Shared by the web composer and the
 * server, which checks every posted message against this schema and reads its mentions.
 *
 * No headings, tables or images: a message is a short exchange, the documents hold the long form.
 */
export function createMessageExtensions(
  options: { readonly suggestion?: MentionSuggestion } = {},
): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: false,
      codeBlock: false,
      horizontalRule: false,
      underline: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: '_blank' },
      },
    }),
    Mention.configure({
      HTMLAttributes: { class: 'mention' },
      renderText: ({ node }) => `@${String(node.attrs['label'] ?? node.attrs['id'] ?? '')}`,
      ...(options.suggestion === undefined ? {} : { suggestion: options.suggestion }),
    }),
    TypingIntoEmptyBlocks,
  ]
}
