import { useState, type SubmitEvent, type ReactNode } from 'react'
import { messageOf } from '../../api/ApiError.ts'
import { fieldErrors } from '../../ui/fieldErrors.ts'
import { TextField } from '../../ui/TextField.tsx'
import { veilleTexts } from './texts.ts'
import { useVeilleImport } from './useVeille.ts'

/** The regional team's import of an external RSS or Atom feed, with what it imported and refused. */
export function VeilleImportForm(): ReactNode {
  const run = useVeilleImport()
  const [url, setUrl] = useState('')

  function handleSubmit(event: SubmitEvent<HTMLFormElement>): void {
    event.preventDefault()
    if (url.trim() === '') return
    run.mutate(url.trim())
  }

  const fieldError = fieldErrors(run.error)['url']
  return (
    <section className="carte import-veille" aria-labelledby="titre-import-veille">
      <h2 id="titre-import-veille">{veilleTexts.importHeading}</h2>
      <p className="aide">{veilleTexts.importIntro}</p>
      <form noValidate onSubmit={handleSubmit}>
        <TextField
          label={veilleTexts.importUrl}
          hint={veilleTexts.fieldUrlHint}
          type="url"
          inputMode="url"
          maxLength={2000}
          value={url}
          required
          error={fieldError}
          onChange={(event) => {
            setUrl(event.target.value)
          }}
        />
        <button
          type="submit"
          className="bouton-principal"
          disabled={run.isPending || url.trim() === ''}
        >
          {run.isPending ? veilleTexts.importing : veilleTexts.importSubmit}
        </button>
      </form>
      <div role="status">
        {run.data !== undefined && (
          <>
            <p className="succes">
              {veilleTexts.importResult(
                run.data.imported.length,
                run.data.duplicates.length,
                run.data.rejected.length,
              )}
            </p>
            {run.data.rejected.length > 0 && (
              <>
                <h3>{veilleTexts.rejectedHeading}</h3>
                <ul>
                  {run.data.rejected.map((rejection, index) => (
                    <li key={`${index}-${rejection.entry}`}>
                      {rejection.entry} : {rejection.reason}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </div>
      {run.isError && fieldError === undefined && (
        <p className="erreur" role="alert">
          {messageOf(run.error)}
        </p>
      )}
    </section>
  )
}
