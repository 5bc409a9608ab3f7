import { EditorContent } from '@tiptap/react'
import type { ReactNode } from 'react'
import { ComposerToolbar } from './ComposerToolbar.tsx'
import { MentionList } from './MentionList.tsx'
import type { MessageEditor } from './useMessageEditor.ts'

/**
 * Where a message is written: its visible label, a hint, the formatting toolbar, the rich-text
 * area, the `@` list when mentions are on, and the error of the last attempt to send (kept in an
 * `alert` region so that it is announced, unless `announceError` is false because a form's error
 * summary says it). The ids tie label, hint and error to the editor (`useMessageEditor`'s
 * `labelledBy` and `describedBy`).
 */
export function MessageComposer(props: {
  composer: MessageEditor
  label: string
  labelId: string
  hint: string
  hintId: string
  error: string | null
  errorId: string
  announceError?: boolean
}): ReactNode {
  const { editor, mentions } = props.composer
  return (
    <div className={props.error === null ? 'composeur' : 'composeur composeur-en-erreur'}>
      <p className="etiquette-composeur" id={props.labelId}>
        {props.label}
      </p>
      <p className="aide" id={props.hintId}>
        {props.hint}
      </p>
      <div className="editeur editeur-message">
        <ComposerToolbar editor={editor} />
        <EditorContent editor={editor} className="zone-edition zone-message" />
      </div>
      {mentions !== null && <MentionList popup={mentions} editor={editor} />}
      <p
        className="message-erreur"
        id={props.errorId}
        role={props.announceError === false ? undefined : 'alert'}
      >
        {props.error}
      </p>
    </div>
  )
}
