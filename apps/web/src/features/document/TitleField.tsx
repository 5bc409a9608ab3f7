import type { ReactNode } from 'react'
import type * as Y from 'yjs'
import { documentTexts } from './texts.ts'
import { useYTextInput } from '../../collaboration/index.ts'

/** The document's title, co-edited live through the Y.Doc's `title` text. */
export function TitleField(props: { text: Y.Text; readOnly: boolean }): ReactNode {
  const { ref, value, onChange } = useYTextInput(props.text)
  return (
    <div className="champ-titre">
      <label htmlFor="titre-document" className="visuellement-cache">
        {documentTexts.titleLabel}
      </label>
      <input
        ref={ref}
        id="titre-document"
        className="titre-document"
        value={value}
        placeholder={documentTexts.untitled}
        readOnly={props.readOnly}
        maxLength={300}
        autoComplete="off"
        onChange={onChange}
      />
    </div>
  )
}
