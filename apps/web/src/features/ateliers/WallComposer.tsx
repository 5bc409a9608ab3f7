import { useId, useState, type ReactNode } from 'react'
import { WALL_NOTE_MAX_LENGTH } from '@maillage/schema'
import { sessionTexts as texts } from './texts.ts'

/** The form to add a sticky note to the wall: a short text and « Ajouter ». */
export function WallComposer(props: { onAdd: (text: string) => void }): ReactNode {
  const id = useId()
  const [text, setText] = useState('')
  const [error, setError] = useState(false)
  const left = WALL_NOTE_MAX_LENGTH - text.length
  return (
    <form
      className="ajout-note"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        if (text.trim() === '') {
          setError(true)
          return
        }
        props.onAdd(text)
        setText('')
        setError(false)
      }}
    >
      <div className={error ? 'champ champ-en-erreur' : 'champ'}>
        <label htmlFor={id}>{texts.newNote}</label>
        <textarea
          id={id}
          rows={3}
          maxLength={WALL_NOTE_MAX_LENGTH}
          value={text}
          aria-invalid={error}
          aria-describedby={error ? `${id}-reste ${id}-erreur` : `${id}-reste`}
          onChange={(event) => {
            setText(event.target.value)
          }}
        />
        <p className="aide" id={`${id}-reste`}>
          {texts.newNoteHint(left)}
        </p>
        {error && (
          <p className="message-erreur" id={`${id}-erreur`}>
            {texts.emptyNote}
          </p>
        )}
      </div>
      <button type="submit" className="bouton-principal">
        {texts.add}
      </button>
    </form>
  )
}
