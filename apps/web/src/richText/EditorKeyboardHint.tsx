import type { ReactNode } from 'react'
import { richTextTexts } from './texts.ts'

/**
 * The discreet line under an editable editor saying how to move in tables and leave the editor
 * with the keyboard; the editor points to it with `aria-describedby`, so screen readers say it
 * on entering the text.
 */
export function EditorKeyboardHint(props: { id: string }): ReactNode {
  return (
    <p id={props.id} className="aide aide-clavier">
      {richTextTexts.keyboardHint}
    </p>
  )
}
