import type { Editor } from '@tiptap/core'
import { useState, type SubmitEvent, type ReactNode } from 'react'
import { TextField } from '../ui/TextField.tsx'
import { richTextTexts } from './texts.ts'
import { focusedChain } from './focusedChain.ts'

const ALLOWED_LINK = /^(https?:\/\/|mailto:)\S+$/i

/** Asks the address of the link to put on the selection, or removes the link there. */
export function LinkForm(props: { editor: Editor; onClose: () => void }): ReactNode {
  const { editor, onClose } = props
  const current = editor.getAttributes('link') as { href?: unknown }
  const [href, setHref] = useState(typeof current.href === 'string' ? current.href : 'https://')
  const [error, setError] = useState<string | undefined>(undefined)

  function handleSubmit(event: SubmitEvent<HTMLFormElement>): void {
    event.preventDefault()
    const value = href.trim()
    if (!ALLOWED_LINK.test(value)) {
      setError(richTextTexts.linkInvalid)
      return
    }
    focusedChain(editor).extendMarkRange('link').setLink({ href: value }).run()
    onClose()
  }

  return (
    <form
      className="formulaire-lien"
      onSubmit={handleSubmit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          focusedChain(editor).run()
          onClose()
        }
      }}
    >
      <TextField
        label={richTextTexts.linkLabel}
        type="url"
        value={href}
        error={error}
        autoFocus
        onChange={(event) => {
          setHref(event.target.value)
        }}
      />
      <button type="submit" className="bouton-principal">
        {richTextTexts.linkApply}
      </button>
      {editor.isActive('link') && (
        <button
          type="button"
          className="bouton-secondaire"
          onClick={() => {
            focusedChain(editor).extendMarkRange('link').unsetLink().run()
            onClose()
          }}
        >
          {richTextTexts.linkRemove}
        </button>
      )}
      <button
        type="button"
        className="bouton-secondaire"
        onClick={() => {
          focusedChain(editor).run()
          onClose()
        }}
      >
        {richTextTexts.linkCancel}
      </button>
    </form>
  )
}
