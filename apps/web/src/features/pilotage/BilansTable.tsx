import type { ReactNode } from 'react'
import { Link } from 'react-router'
import {
  DocumentKind,
  FICHE_ACTION_STATUS_OPTIONS,
  RECONDUCTION_OPTIONS,
  optionLabel,
  type BilanRow,
} from '@maillage/schema'
import { documentPath } from '../../documents/index.ts'
import { pilotageTexts } from './texts.ts'

/** The bilans of the terminées and abandonnées actions: efficacité out of 10 and reconduction. */
export function BilansTable(props: { bilans: readonly BilanRow[] }): ReactNode {
  return (
    <section className="carte" aria-labelledby="titre-bilans">
      <h2 id="titre-bilans">{pilotageTexts.bilansHeading}</h2>
      {props.bilans.length === 0 ? (
        <p>{pilotageTexts.noBilan}</p>
      ) : (
        <div
          className="tableau-defilant"
          role="region"
          aria-label={pilotageTexts.bilansCaption}
          tabIndex={0}
        >
          <table className="tableau-pilotage">
            <caption>{pilotageTexts.bilansCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{pilotageTexts.colAction}</th>
                <th scope="col">{pilotageTexts.colStatus}</th>
                <th scope="col">{pilotageTexts.colEfficacite}</th>
                <th scope="col">{pilotageTexts.colReconduction}</th>
              </tr>
            </thead>
            <tbody>
              {props.bilans.map((bilan) => (
                <tr key={bilan.documentId}>
                  <th scope="row">
                    <Link
                      to={documentPath({ id: bilan.documentId, kind: DocumentKind.FicheAction })}
                    >
                      {bilan.title}
                    </Link>
                  </th>
                  <td>{optionLabel(FICHE_ACTION_STATUS_OPTIONS, bilan.status)}</td>
                  <td className="nombre">
                    {bilan.efficacite === null
                      ? pilotageTexts.notFilled
                      : pilotageTexts.efficacite(bilan.efficacite)}
                  </td>
                  <td>
                    {optionLabel(RECONDUCTION_OPTIONS, bilan.reconduction) ||
                      pilotageTexts.notFilled}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
