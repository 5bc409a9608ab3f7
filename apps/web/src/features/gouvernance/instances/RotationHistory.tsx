import type { ReactNode } from 'react'
import type { MandateView } from '@maillage/protocol'
import { instancesTexts as texts, PROFILE_LABELS, STATUS_LABELS } from './texts.ts'

/** The comité de pilotage's CLPE seats, newest first: who held them, when, of which profile. */
export function RotationHistory(props: { rotation: readonly MandateView[] }): ReactNode {
  return (
    <section aria-labelledby="rotation-clpe">
      <h2 id="rotation-clpe">{texts.rotation}</h2>
      <p className="aide">{texts.rotationIntro}</p>
      {props.rotation.length === 0 ? (
        <p>{texts.noRotation}</p>
      ) : (
        <table className="tableau-mandats">
          <thead>
            <tr>
              <th scope="col">{texts.columnClpe}</th>
              <th scope="col">{texts.columnProfile}</th>
              <th scope="col">{texts.columnName}</th>
              <th scope="col">{texts.columnMandate}</th>
              <th scope="col">{texts.columnStatus}</th>
            </tr>
          </thead>
          <tbody>
            {props.rotation.map((mandate) => (
              <tr key={mandate.id}>
                <th scope="row">{mandate.clpeName ?? mandate.body}</th>
                <td>
                  {mandate.clpeProfile === undefined
                    ? texts.noProfile
                    : PROFILE_LABELS[mandate.clpeProfile]}
                </td>
                <td>{mandate.name}</td>
                <td>{texts.mandate(mandate.startsOn, mandate.endsOn)}</td>
                <td>{STATUS_LABELS[mandate.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
