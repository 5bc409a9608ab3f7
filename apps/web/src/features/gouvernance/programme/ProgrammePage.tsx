import { useState, type ReactNode } from 'react'
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx'
import { Loading } from '../../../ui/Loading.tsx'
import { usePageTitle } from '../../../ui/usePageTitle.ts'
import { DecisionsAbout } from '../decisions/DecisionsAbout.tsx'
import { ProgrammeLines } from './ProgrammeLines.tsx'
import { ProgrammeStepper } from './ProgrammeStepper.tsx'
import { StepActions } from './StepActions.tsx'
import { StepHistory } from './StepHistory.tsx'
import { programmeTexts as texts } from './texts.ts'
import { useProgramme, useProgrammeVersion } from './useProgramme.ts'
import { VersionsPanel } from './VersionsPanel.tsx'
import '../../../styles/programme.css'

/**
 * « Programme d’accompagnement »: the current version (or one chosen among the versions) with its
 * stepper, the step buttons for who may move it, its history, its lines with their suivi, the
 * register's decisions about it, the versions and their comparison. What changes is announced in a live region.
 */
export function ProgrammePage(): ReactNode {
  usePageTitle(texts.title)
  const overview = useProgramme()
  const [chosen, setChosen] = useState<string | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const currentId = overview.data?.current?.id ?? null
  const shownId = chosen ?? currentId
  const shown = useProgrammeVersion(chosen !== null && chosen !== currentId ? chosen : null)

  if (overview.isPending) return <Loading label={texts.loading} />
  if (overview.isError) {
    return <ErrorNotice error={overview.error} onRetry={() => void overview.refetch()} />
  }
  const version =
    chosen === null || chosen === currentId ? overview.data.current : (shown.data ?? null)

  return (
    <div className="page-programme">
      <h1 tabIndex={-1}>{texts.title}</h1>
      <p className="introduction">{texts.intro}</p>
      <p role="status" className="visuellement-cache">
        {announcement}
      </p>
      {overview.data.current === null ? (
        <p>{texts.empty}</p>
      ) : version === null ? (
        shown.isError ? (
          <ErrorNotice error={shown.error} onRetry={() => void shown.refetch()} />
        ) : (
          <Loading label={texts.loading} />
        )
      ) : (
        <section aria-labelledby="version-programme" className="version-programme">
          <h2 id="version-programme">{texts.versionHeading(version.number, version.title)}</h2>
          <ProgrammeStepper status={version.status} />
          <StepActions version={version} onDone={setAnnouncement} />
          {!version.rights.canDraft && <p className="notice-lecture">{texts.readOnly}</p>}
          <StepHistory history={version.history} />
          <ProgrammeLines version={version} onChanged={setAnnouncement} />
        </section>
      )}
      {version !== null && <DecisionsAbout kind="programme" id={version.id} />}
      <VersionsPanel
        overview={overview.data}
        shownId={shownId ?? ''}
        onShow={setChosen}
        onCreated={(message) => {
          setChosen(null)
          setAnnouncement(message)
        }}
      />
    </div>
  )
}
