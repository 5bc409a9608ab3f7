import type { Editor } from '@tiptap/core'
import { useId, useState, type ReactNode, type SubmitEvent } from 'react'
import { focusedChain } from './focusedChain.ts'
import type { CitableSource } from './syntheseSources.ts'
import { richTextTexts } from './texts.ts'

/**
 * « Citer une source » of a synthèse: the person picks one of the document's sources, and a link
 * named after it is inserted at the caret (a document of Maillage opens in the app, a veille item
 * or a web page at its address). Sources without an address are listed as not citable yet.
 */
export function CiteSourceForm(props: {
  editor: Editor
  sources: readonly CitableSource[]
  onClose: () => void
}): ReactNode {
  const { editor, sources, onClose } = props
  const citable = sources.filter((source) => source.href !== null && source.libelle !== '')
  const [chosen, setChosen] = useState(citable[0]?.id ?? '')
  const selectId = useId()

  function close(): void {
    focusedChain(editor).run()
    onClose()
  }

  function handleSubmit(event: SubmitEvent<HTMLFormElement>): void {
    event.preventDefault()
    const source = citable.find((candidate) => candidate.id === chosen)
    if (source?.href == null) return
    focusedChain(editor)
      .insertContent([
        { type: 'text', text: ' ' },
        {
          type: 'text',
          text: source.libelle,
          marks: [{ type: 'link', attrs: { href: source.href } }],
        },
      ])
      .unsetMark('link')
      .run()
    onClose()
  }

  return (
    <form
      className="formulaire-lien"
      onSubmit={handleSubmit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') close()
      }}
    >
      {citable.length === 0 ? (
        <p role="status">{richTextTexts.citeNone}</p>
      ) : (
        <div className="champ">
          <label htmlFor={selectId}>{richTextTexts.citeLabel}</label>
          <select
            id={selectId}
            value={chosen}
            autoFocus
            onChange={(event) => {
              setChosen(event.target.value)
            }}
          >
            {citable.map((source) => (
              <option key={source.id} value={source.id}>
                {source.libelle}
              </option>
            ))}
          </select>
        </div>
      )}
      {citable.length > 0 && (
        <button type="submit" className="bouton-principal">
          {richTextTexts.citeApply}
        </button>
      )}
      <button
        type="button"
        className="bouton-secondaire"
        autoFocus={citable.length === 0}
        onClick={close}
      >
        {richTextTexts.linkCancel}
      </button>
    </form>
  )
}
