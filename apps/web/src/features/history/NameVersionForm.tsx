import { useState, type SubmitEvent, type ReactNode } from 'react'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { TextField } from '../../ui/TextField.tsx'
import { historyTexts as texts } from './texts.ts'
import { useNameVersion } from './useVersionHistory.ts'

/** Longest name of a version, as the server allows. */
const MAX_NAME_LENGTH = 120

/** « Nommer la version actuelle »: a name, then the version is recorded and announced. */
export function NameVersionForm(props: { documentId: string }): ReactNode {
  const [name, setName] = useState('')
  const [error, setError] = useState<string | undefined>(undefined)
  const [saved, setSaved] = useState<string | null>(null)
  const create = useNameVersion(props.documentId)

  function handleSubmit(event: SubmitEvent<HTMLFormElement>): void {
    event.preventDefault()
    const trimmed = name.trim()
    if (trimmed === '') {
      setError(texts.nameRequired)
      return
    }
    if (trimmed.length > MAX_NAME_LENGTH) {
      setError(texts.nameTooLong)
      return
    }
    setError(undefined)
    setSaved(null)
    create.mutate(trimmed, {
      onSuccess: (version) => {
        setName('')
        setSaved(texts.nameSaved(version.name ?? trimmed))
      },
    })
  }

  return (
    <section className="nommer-version" aria-labelledby="titre-nommer-version">
      <h2 id="titre-nommer-version">{texts.nameHeading}</h2>
      <form className="formulaire formulaire-en-ligne" noValidate onSubmit={handleSubmit}>
        <TextField
          label={texts.nameLabel}
          hint={texts.nameHint}
          error={error}
          value={name}
          maxLength={MAX_NAME_LENGTH}
          onChange={(event) => {
            setName(event.target.value)
          }}
        />
        <button type="submit" className="bouton-principal" disabled={create.isPending}>
          {create.isPending ? texts.namePending : texts.nameSubmit}
        </button>
      </form>
      {create.isError && <ErrorNotice error={create.error} />}
      <p role="status" className="confirmation-version">
        {saved ?? ''}
      </p>
    </section>
  )
}
