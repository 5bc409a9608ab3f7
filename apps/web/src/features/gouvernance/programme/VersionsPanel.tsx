import { useId, useState, type ReactNode, type SubmitEvent } from 'react'
import type { ProgrammeOverviewView } from '@maillage/protocol'
import { messageOf } from '../../../api/ApiError.ts'
import { fieldErrors } from '../../../ui/fieldErrors.ts'
import { formatDateTime } from '../../../ui/formatDate.ts'
import { VersionComparison } from './VersionComparison.tsx'
import { programmeTexts as texts, STEP_LABELS } from './texts.ts'
import { useCreateVersion } from './useProgramme.ts'

/**
 * The versions of the programme: which one is shown, their comparison, and for the regional team
 * the creation of a new version (a copy of the latest) once the latest is no longer « proposé ».
 */
export function VersionsPanel(props: {
  overview: ProgrammeOverviewView
  shownId: string
  onShow: (id: string) => void
  onCreated: (message: string) => void
}): ReactNode {
  const { overview } = props
  const versions = overview.versions
  const id = useId()
  const create = useCreateVersion()
  const [title, setTitle] = useState('')
  const [from, setFrom] = useState(versions.at(-2)?.id ?? versions[0]?.id ?? '')
  const [to, setTo] = useState(versions.at(-1)?.id ?? '')
  const [compared, setCompared] = useState<{ from: string; to: string } | null>(null)

  function handleCreate(event: SubmitEvent<HTMLFormElement>): void {
    event.preventDefault()
    create.mutate(title, {
      onSuccess: () => {
        setTitle('')
        props.onCreated(texts.newVersion)
      },
    })
  }

  const titleError = create.isError
    ? (fieldErrors(create.error)['title'] ?? messageOf(create.error))
    : undefined
  return (
    <section aria-labelledby="versions-programme" className="versions-programme">
      <h2 id="versions-programme">{texts.versions}</h2>
      <ul>
        {versions.map((version) => (
          <li key={version.id}>
            <button
              type="button"
              className="lien-bouton"
              aria-pressed={version.id === props.shownId}
              onClick={() => {
                props.onShow(version.id)
              }}
            >
              {texts.versionHeading(version.number, version.title)}
            </button>{' '}
            — {STEP_LABELS[version.status]}, {formatDateTime(version.createdAt)}
          </li>
        ))}
      </ul>
      {versions.length > 1 && (
        <form
          className="formulaire-comparaison"
          onSubmit={(event) => {
            event.preventDefault()
            setCompared({ from, to })
          }}
        >
          <div className="champ">
            <label htmlFor={`${id}-de`}>{texts.compareFrom}</label>
            <select
              id={`${id}-de`}
              value={from}
              onChange={(event) => {
                setFrom(event.target.value)
              }}
            >
              {versions.map((version) => (
                <option key={version.id} value={version.id}>
                  {texts.versionHeading(version.number, version.title)}
                </option>
              ))}
            </select>
          </div>
          <div className="champ">
            <label htmlFor={`${id}-a`}>{texts.compareTo}</label>
            <select
              id={`${id}-a`}
              value={to}
              onChange={(event) => {
                setTo(event.target.value)
              }}
            >
              {versions.map((version) => (
                <option key={version.id} value={version.id}>
                  {texts.versionHeading(version.number, version.title)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="bouton-secondaire">
            {texts.compare}
          </button>
        </form>
      )}
      {compared !== null && <VersionComparison pair={compared} />}
      {overview.canCreateVersion && (
        <form noValidate className="formulaire-version" onSubmit={handleCreate}>
          <h3>{texts.newVersion}</h3>
          <p>{texts.newVersionHelp}</p>
          <div className={titleError === undefined ? 'champ' : 'champ champ-en-erreur'}>
            <label htmlFor={`${id}-titre`}>{texts.newVersionTitle}</label>
            <input
              id={`${id}-titre`}
              required
              maxLength={200}
              value={title}
              aria-invalid={titleError === undefined ? undefined : true}
              aria-describedby={titleError === undefined ? undefined : `${id}-titre-erreur`}
              onChange={(event) => {
                setTitle(event.target.value)
              }}
            />
            {titleError !== undefined && (
              <p id={`${id}-titre-erreur`} className="message-erreur">
                {titleError}
              </p>
            )}
          </div>
          <button type="submit" className="bouton-principal" disabled={create.isPending}>
            {texts.createVersion}
          </button>
        </form>
      )}
    </section>
  )
}
