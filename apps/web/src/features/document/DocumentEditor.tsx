import { EditorContent, useEditor } from '@tiptap/react'
import { useEffect, type ReactNode } from 'react'
import {
  createCollaborationExtensions,
  createContentExtensions,
  type CaretUser,
} from '@maillage/editor'
import { Toolbar } from './Toolbar.tsx'
import type { CollaborativeDocument } from './useCollaborativeDocument.ts'
import { documentTexts } from './texts.ts'

/**
 * The rich-text editor bound to the document's `body`, with its toolbar when it is editable.
 * `label` names the editing area for assistive technologies (default « Contenu du document »).
 */
export function DocumentEditor(props: {
  collaboration: CollaborativeDocument
  user: CaretUser
  editable: boolean
  label?: string
}): ReactNode {
  const { doc, awareness } = props.collaboration
  const { name, color } = props.user
  const label = props.label ?? documentTexts.editorLabel
  const editor = useEditor(
    {
      extensions: [
        ...createContentExtensions(),
        ...createCollaborationExtensions({ document: doc, awareness, user: { name, color } }),
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
    [doc, awareness, name, color, label],
  )

  useEffect(() => {
    editor.setEditable(props.editable)
    editor.view.dom.setAttribute('aria-readonly', String(!props.editable))
  }, [editor, props.editable])

  return (
    <div className="editeur">
      {props.editable && <Toolbar editor={editor} />}
      <EditorContent editor={editor} className="zone-edition" />
    </div>
  )
}
