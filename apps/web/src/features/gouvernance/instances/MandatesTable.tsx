import type { ReactNode } from 'react'
import type { CollegeName, MandateChangeView, MandateView } from '@maillage/protocol'
import { EndMandateForm } from './EndMandateForm.tsx'
import { COLLEGE_LABELS, instancesTexts as texts, STATUS_LABELS } from './texts.ts'

/**
 * The mandates of one collège: name, organisme, dates, status; for managers, « Terminer le
 * mandat » on those not ended.
 */
export function MandatesTable(props: {
  college: CollegeName | null
  caption?: string
  /** The caption is for screen readers only: a heading just above already says it. */
  captionHidden?: boolean
  mandates: readonly MandateView[]
  manage: { instanceId: string; today: string; onEnded: (change: MandateChangeView) => void } | null
}): ReactNode {
  const caption = props.caption ?? (props.college === null ? '' : COLLEGE_LABELS[props.college])
  return (
    <table className="tableau-mandats">
      <caption className={props.captionHidden === true ? 'visuellement-cache' : undefined}>
        {caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">{texts.columnName}</th>
          <th scope="col">{texts.columnBody}</th>
          <th scope="col">{texts.columnMandate}</th>
          <th scope="col">{texts.columnStatus}</th>
          {props.manage !== null && <th scope="col">{texts.columnAction}</th>}
        </tr>
      </thead>
      <tbody>
        {props.mandates.map((mandate) => (
          <tr key={mandate.id}>
            <th scope="row">{mandate.name}</th>
            <td>{mandate.body}</td>
            <td>{texts.mandate(mandate.startsOn, mandate.endsOn)}</td>
            <td>{STATUS_LABELS[mandate.status]}</td>
            {props.manage !== null && (
              <td>
                {mandate.status !== 'termine' && (
                  <EndMandateForm
                    instanceId={props.manage.instanceId}
                    mandate={mandate}
                    today={props.manage.today}
                    onEnded={props.manage.onEnded}
                  />
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
