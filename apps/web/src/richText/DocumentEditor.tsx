import type { AnyExtension, Editor } from '@tiptap/core'
import { EditorContent, useEditor } from '@tiptap/react'
import { useEffect, useId, type ReactNode } from 'react'
import {
  SuggestionMode,
  configureSuggestions,
  createCollaborationExtensions,
  createContentExtensions,
  type CaretUser,
} from '@maillage/editor'
import type { EditorSuggestion } from './EditorSuggestion.ts'
import { EditorKeyboardHint } from './EditorKeyboardHint.tsx'
import { EscapeLeavesEditor } from './EscapeLeavesEditor.ts'
import { CitedSources } from './CitedSources.tsx'
import { isSynthese, useSyntheseSources } from './syntheseSources.ts'
import { Toolbar } from './Toolbar.tsx'
import type { CollaborativeDocument } from '../collaboration/index.ts'
import { richTextTexts } from './texts.ts'

/**
 * The rich-text editor bound to the document's `body`, with its toolbar when it is editable.
 * `label` names the editing area for assistive technologies (default « Contenu du document »).
 */
export function DocumentEditor(props: {
  collaboration: CollaborativeDocument
  user: CaretUser
  editable: boolean
  label?: string
  /** The Y.XmlFragment root edited (an atelier's breakout group notes); default `body`. */
  field?: string
  /** More extensions (the comments' highlights); must keep the same identity between renders. */
  extensions?: readonly AnyExtension[]
  /** Told of the editor once made (and null when it goes), for panels that act on it. */
  onEditor?: (editor: Editor | null) => void
  /** « Commenter » in the toolbar; absent: no such button. */
  onComment?: () => void
  /** The suggestion mode and its « Suggérer » toggle; absent: no suggestions (edits only). */
  suggestion?: EditorSuggestion | undefined
}): ReactNode {
  const { doc, awareness } = props.collaboration
  const { name, color } = props.user
  const label = props.label ?? richTextTexts.editorLabel
  const hintId = useId()
  const sources = useSyntheseSources(doc)
  const { suggestion } = props
  const editor = useEditor(
    {
      extensions: [
        ...createContentExtensions(),
        ...createCollaborationExtensions({
          document: doc,
          awareness,
          user: { name, color },
          ...(props.field === undefined ? {} : { field: props.field }),
        }),
        EscapeLeavesEditor,
        ...(props.extensions ?? []),
        SuggestionMode,
      ],
      editable: props.editable,
      // The toolbar subscribes to what it shows; typing must not re-render the page.
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': label,
          class: 'contenu-document',
        },
      },
    },
    [doc, awareness, name, color, label, props.field, props.extensions],
  )

  // Set by a transaction, so that the person's review rights arriving do not rebuild the editor.
  useEffect(() => {
    configureSuggestions(
      editor,
      suggestion === undefined
        ? null
        : { author: suggestion.author, enabled: suggestion.initially, locked: suggestion.locked },
    )
  }, [editor, suggestion])

  const { onEditor } = props
  useEffect(() => {
    onEditor?.(editor)
    return () => {
      onEditor?.(null)
    }
  }, [editor, onEditor])

  useEffect(() => {
    editor.setEditable(props.editable)
    editor.view.dom.setAttribute('aria-readonly', String(!props.editable))
    // The keyboard hint is shown to those who can edit; the editor points to it only then.
    if (props.editable) editor.view.dom.setAttribute('aria-describedby', hintId)
    else editor.view.dom.removeAttribute('aria-describedby')
  }, [editor, props.editable, hintId])

  return (
    <div className="editeur">
      {props.editable && (
        <Toolbar
          editor={editor}
          doc={doc}
          onComment={props.onComment}
          suggestion={suggestion === undefined ? undefined : { locked: suggestion.locked }}
        />
      )}
      <EditorContent editor={editor} className="zone-edition" />
      {props.editable && <EditorKeyboardHint id={hintId} />}
      {isSynthese(doc) && <CitedSources sources={sources} />}
    </div>
  )
}
