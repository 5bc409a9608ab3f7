import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { KpiContribution } from '@maillage/schema'
import { regionalTexts } from './regionalTexts.ts'

/** Per national KPI (CNE), the actions whose indicators are tied to it, each linked to its fiche. */
export function KpiContributions(props: { kpis: readonly KpiContribution[] }): ReactNode {
  return (
    <section className="carte" aria-labelledby="titre-kpi-region">
      <h2 id="titre-kpi-region">{regionalTexts.kpiHeading}</h2>
      <p className="aide">{regionalTexts.kpiIntro}</p>
      <ul className="kpi-region">
        {props.kpis.map((kpi) => (
          <li key={kpi.kpi}>
            <h3 id={`kpi-${kpi.kpi}`}>
              {kpi.label}{' '}
              <span className="badge">{regionalTexts.kpiCount(kpi.actions.length)}</span>
            </h3>
            {kpi.actions.length === 0 ? (
              <p className="aide">{regionalTexts.kpiNone}</p>
            ) : (
              <ul aria-labelledby={`kpi-${kpi.kpi}`}>
                {kpi.actions.map((action) => (
                  <li key={`${action.documentId}-${action.indicatorLabel}`}>
                    <Link to={`/documents/${encodeURIComponent(action.documentId)}`}>
                      {action.title}
                    </Link>{' '}
                    <span className="aide">
                      — {action.spaceName}, indicateur «&nbsp;{action.indicatorLabel}&nbsp;»
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
