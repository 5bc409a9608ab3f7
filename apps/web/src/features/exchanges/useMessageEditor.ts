import type { Editor } from '@tiptap/core'
import { useEditor } from '@tiptap/react'
import { useEffect, useRef, useState } from 'react'
import { createMessageExtensions } from '@maillage/editor'
import { MentionPopup, type SearchPeople } from './MentionPopup.ts'

/** A message being written: its Tiptap editor and, when mentions are on, the `@` popup. */
export interface MessageEditor {
  readonly editor: Editor
  readonly mentions: MentionPopup | null
}

/**
 * Creates the editor of one message with the extensions of `createMessageExtensions` (the schema
 * the server checks). With `searchPeople`, typing `@` opens the list of people to mention;
 * without it, `@` is plain text. Ctrl+Entrée (⌘+Entrée) calls `onSubmit`.
 */
export function useMessageEditor(options: {
  /** Id of the editable area, for a link of an error summary. */
  readonly id?: string
  readonly searchPeople?: SearchPeople
  /** Id of the element that labels the editor (its visible label). */
  readonly labelledBy: string
  /** Id of the element that describes it (hint, error). */
  readonly describedBy: string
  readonly onSubmit: (editor: Editor) => void
}): MessageEditor {
  const { id, searchPeople, labelledBy, describedBy } = options
  // Created once per editor: the suggestion plugin keeps the hooks it was given.
  const [mentions] = useState(() =>
    searchPeople === undefined ? null : new MentionPopup(searchPeople),
  )
  const onSubmit = useRef(options.onSubmit)
  const created = useRef<Editor | null>(null)
  useEffect(() => {
    onSubmit.current = options.onSubmit
  }, [options.onSubmit])

  const editor = useEditor(
    {
      extensions: createMessageExtensions(
        mentions === null ? {} : { suggestion: mentions.suggestion() },
      ),
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          ...(id === undefined ? {} : { id }),
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-labelledby': labelledBy,
          'aria-describedby': describedBy,
          ...(mentions === null ? {} : { 'aria-autocomplete': 'list' }),
          class: 'contenu-message zone-saisie-message',
        },
        // Before the keymaps, so that Ctrl+Entrée sends instead of inserting a line break.
        handleKeyDown: (_view, event) => {
          if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return false
          if (created.current !== null) onSubmit.current(created.current)
          return true
        },
      },
    },
    [mentions, id, labelledBy, describedBy],
  )
  useEffect(() => {
    created.current = editor
  }, [editor])
  return { editor, mentions }
}
