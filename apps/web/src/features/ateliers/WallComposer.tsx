import { useId, useRef, useState, type ReactNode } from 'react'
import { WALL_NOTE_MAX_LENGTH } from '@maillage/schema'
import { sessionTexts as texts } from './texts.ts'
import { wallTexts } from './toolkit/wall/wallTexts.ts'

/**
 * The form to add a sticky note to the wall: a short text (at most `WALL_NOTE_MAX_LENGTH`
 * characters, counted down), « Publier anonymement » when the facilitator allows it, « Ajouter »
 * or Ctrl/⌘+Entrée; the focus stays in the text for the next note.
 */
export function WallComposer(props: {
  onAdd: (text: string, anonymous: boolean) => void
  anonymousAllowed: boolean
}): ReactNode {
  const id = useId()
  const field = useRef<HTMLTextAreaElement>(null)
  const [text, setText] = useState('')
  const [error, setError] = useState(false)
  const [clipped, setClipped] = useState(false)
  const [anonymous, setAnonymous] = useState(false)
  const left = WALL_NOTE_MAX_LENGTH - text.length
  const describedBy = [`${id}-reste`, `${id}-touches`, error && `${id}-erreur`]

  function handleSubmit(): void {
    if (text.trim() === '') {
      setError(true)
    } else {
      props.onAdd(text, props.anonymousAllowed && anonymous)
      setText('')
      setError(false)
      setClipped(false)
    }
    field.current?.focus()
  }

  return (
    <form
      className="ajout-note"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        handleSubmit()
      }}
    >
      <div className={error ? 'champ champ-en-erreur' : 'champ'}>
        <label htmlFor={id}>{texts.newNote}</label>
        <textarea
          ref={field}
          id={id}
          rows={3}
          maxLength={WALL_NOTE_MAX_LENGTH}
          value={text}
          aria-invalid={error}
          aria-describedby={describedBy.filter(Boolean).join(' ')}
          onChange={(event) => {
            setText(event.target.value)
            if (event.target.value.length < WALL_NOTE_MAX_LENGTH) setClipped(false)
          }}
          onPaste={(event) => {
            // `maxLength` cuts what is pasted beyond it without a word: say so.
            const target = event.currentTarget
            const kept = target.value.length - (target.selectionEnd - target.selectionStart)
            // A textarea keeps line breaks as \n only.
            const pasted = event.clipboardData.getData('text').replace(/\r\n/g, '\n').length
            setClipped(kept + pasted > WALL_NOTE_MAX_LENGTH)
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault()
              handleSubmit()
            }
          }}
        />
        <p className="aide" id={`${id}-reste`}>
          {texts.newNoteHint(left)}
        </p>
        <p className="aide" id={`${id}-touches`}>
          {texts.newNoteKeys}
        </p>
        <div role="status">
          {clipped && <p className="avis-coupe">{texts.pastedTooLong(WALL_NOTE_MAX_LENGTH)}</p>}
        </div>
        {error && (
          <p className="message-erreur" id={`${id}-erreur`}>
            {texts.emptyNote}
          </p>
        )}
      </div>
      {props.anonymousAllowed && (
        <div className="choix-anonyme">
          <label className="case-mur">
            <input
              type="checkbox"
              checked={anonymous}
              aria-describedby={`${id}-anonyme`}
              onChange={(event) => {
                setAnonymous(event.target.checked)
              }}
            />
            {wallTexts.anonymous}
          </label>
          <p className="aide" id={`${id}-anonyme`}>
            {wallTexts.anonymousHint}
          </p>
        </div>
      )}
      <button type="submit" className="bouton-principal">
        {texts.add}
      </button>
    </form>
  )
}
