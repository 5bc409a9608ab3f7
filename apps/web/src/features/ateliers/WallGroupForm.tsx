import { useId, useState, type ReactNode } from 'react'
import { sessionTexts as texts } from './texts.ts'
import { WALL_GROUP_MAX_LENGTH } from './wallShape.ts'

/** The form « Nouveau groupe »: a name, then the group appears as a column of the wall. */
export function WallGroupForm(props: { onCreate: (label: string) => void }): ReactNode {
  const id = useId()
  const [label, setLabel] = useState('')
  const [error, setError] = useState(false)
  return (
    <form
      className="nouveau-groupe"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        if (label.trim() === '') {
          setError(true)
          return
        }
        props.onCreate(label)
        setLabel('')
        setError(false)
      }}
    >
      <div className={error ? 'champ champ-en-erreur' : 'champ'}>
        <label htmlFor={id}>{texts.newGroup}</label>
        <input
          id={id}
          type="text"
          maxLength={WALL_GROUP_MAX_LENGTH}
          value={label}
          aria-invalid={error}
          aria-describedby={error ? `${id}-erreur` : undefined}
          onChange={(event) => {
            setLabel(event.target.value)
          }}
        />
        {error && (
          <p className="message-erreur" id={`${id}-erreur`}>
            {texts.emptyGroupName}
          </p>
        )}
      </div>
      <button type="submit" className="bouton-secondaire">
        {texts.createGroup}
      </button>
    </form>
  )
}
