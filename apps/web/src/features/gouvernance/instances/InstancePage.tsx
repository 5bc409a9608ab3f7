import { useState, type ReactNode } from 'react'
import { Link, useParams } from 'react-router'
import type { MandateChangeView, MandateView } from '@maillage/protocol'
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx'
import { Loading } from '../../../ui/Loading.tsx'
import { usePageTitle } from '../../../ui/usePageTitle.ts'
import { AddMemberForm } from './AddMemberForm.tsx'
import { ClpeProfileForm } from './ClpeProfileForm.tsx'
import { MandatesTable } from './MandatesTable.tsx'
import { RotationHistory } from './RotationHistory.tsx'
import { RuleStatus } from './RuleStatus.tsx'
import { COLLEGE_ORDER, instancesTexts as texts, KIND_LABELS, PROFILE_LABELS } from './texts.ts'
import { useInstance } from './useInstances.ts'

/**
 * An instance: its members by collège with their mandates, the ended mandates, and for the comité
 * de pilotage the CLPE rule's state and the rotation history. Managers add members and end
 * mandates; admins set a CLPE's profile on its plénière; others read.
 */
export function InstancePage(): ReactNode {
  const { instanceId = '' } = useParams()
  const instance = useInstance(instanceId)
  const [announcement, setAnnouncement] = useState('')
  const [warning, setWarning] = useState('')
  usePageTitle(instance.data?.instance.name ?? texts.loadingOne)
  if (instance.isPending) return <Loading label={texts.loadingOne} />
  if (instance.isError) {
    return <ErrorNotice error={instance.error} onRetry={() => void instance.refetch()} />
  }
  const view = instance.data
  const current = view.mandates.filter((mandate) => mandate.status !== 'termine')
  const ended = view.mandates.filter((mandate) => mandate.status === 'termine')

  function handleChange(message: string, change: MandateChangeView): void {
    setAnnouncement(message)
    setWarning(
      change.ruleBroken && change.rule !== null
        ? `${texts.ruleBroken} ${change.rule.explanation}`
        : '',
    )
  }

  const manage = view.canManage
    ? {
        instanceId: view.instance.id,
        today: view.today,
        onEnded: (change: MandateChangeView) => {
          handleChange(texts.ended(change.mandate.name), change)
        },
      }
    : null
  const byCollege = COLLEGE_ORDER.map((college) => ({
    college,
    mandates: current.filter((mandate: MandateView) => mandate.college === college),
  })).filter((group) => group.mandates.length > 0)

  return (
    <div className="page-instance">
      <p>
        <Link to="/gouvernance/instances">{texts.backToList}</Link>
      </p>
      <p className="surtitre">{KIND_LABELS[view.instance.kind]}</p>
      <h1 tabIndex={-1}>{view.instance.name}</h1>
      <p>
        {texts.space} :{' '}
        <Link to={`/espaces/${encodeURIComponent(view.instance.spaceId)}`}>
          {view.instance.spaceName}
        </Link>
        {' — '}
        {texts.members(view.instance.activeMembers)} — {texts.quorum(view.instance.quorum)}
      </p>
      {view.instance.kind === 'pleniere-clpe' && (
        <p>
          {texts.profile} :{' '}
          {view.instance.clpeProfile === undefined
            ? texts.noProfile
            : PROFILE_LABELS[view.instance.clpeProfile]}
        </p>
      )}
      <div role="status" aria-live="polite">
        {announcement !== '' && <p className="succes">{announcement}</p>}
        {warning !== '' && <p className="erreur">{warning}</p>}
      </div>
      {view.rule !== null && <RuleStatus rule={view.rule} />}
      {!view.canManage && <p className="aide">{texts.readOnly}</p>}
      <section aria-labelledby="membres-instance">
        <h2 id="membres-instance">{texts.currentMembers}</h2>
        {byCollege.length === 0 ? (
          <p>{texts.noMembers}</p>
        ) : (
          byCollege.map((group) => (
            <MandatesTable
              key={group.college}
              college={group.college}
              mandates={group.mandates}
              manage={manage}
            />
          ))
        )}
      </section>
      {view.canManage && (
        <AddMemberForm
          instanceId={view.instance.id}
          today={view.today}
          onAdded={(change) => {
            handleChange(texts.added(change.mandate.name), change)
          }}
        />
      )}
      {view.rotation !== null && <RotationHistory rotation={view.rotation} />}
      {ended.length > 0 && (
        <section aria-labelledby="mandats-termines">
          <h2 id="mandats-termines">{texts.endedMandates}</h2>
          <MandatesTable
            college={null}
            caption={texts.endedMandates}
            captionHidden
            mandates={ended}
            manage={null}
          />
        </section>
      )}
      {view.canSetClpeProfile && (
        <ClpeProfileForm instanceId={view.instance.id} current={view.instance.clpeProfile} />
      )}
    </div>
  )
}
