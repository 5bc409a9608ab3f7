import type { AnyExtension } from '@tiptap/core'
import Highlight from '@tiptap/extension-highlight'
import { TaskItem, TaskList } from '@tiptap/extension-list'
import { TableKit } from '@tiptap/extension-table'
import StarterKit from '@tiptap/starter-kit'
import { KeyboardFriendlyTable } from './keyboardFriendlyTable.ts'
import { SuggestionDeletion, SuggestionInsertion } from './suggestions/suggestionMarks.ts'
import { TypingIntoEmptyBlocks } from './typingIntoEmptyBlocks.ts'

/** Heading levels offered in documents: the title is the page's own level 1. */
export const HEADING_LEVELS = [2, 3, 4] as const

/**
 * The extensions that define what a document's rich text may contain: headings, bold, italic,
 * underline, strike, highlight, lists, task lists, tables, links, quotes and separators, and the
 * suggested insertions and deletions of the suggestion mode (`suggestions/`). Shared by
 * the web editor and the server (export, plain text), so both read the same schema. In a table,
 * Tab moves between cells and, past the last one, leaves the editor (`KeyboardFriendlyTable`).
 *
 * History is left out: in a shared document undo must only revert one's own changes, which the
 * collaboration extension's Yjs undo manager does (see `createCollaborationExtensions`).
 * `TypingIntoEmptyBlocks` adds no content: it makes keys typed at once into a new block land there.
 */
export function createContentExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      undoRedo: false,
      heading: { levels: [...HEADING_LEVELS] },
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: '_blank' },
      },
    }),
    Highlight,
    TaskList,
    TaskItem.configure({ nested: true }),
    TableKit.configure({ table: false }),
    KeyboardFriendlyTable.configure({ resizable: false }),
    TypingIntoEmptyBlocks,
    SuggestionInsertion,
    SuggestionDeletion,
  ]
}
