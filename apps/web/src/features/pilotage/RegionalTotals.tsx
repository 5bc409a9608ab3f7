import type { ReactNode } from 'react'
import { FICHE_ACTION_STATUS_OPTIONS, type RegionalView } from '@maillage/schema'
import { percentText, qualityText, regionalTexts } from './regionalTexts.ts'

/** The key figures of the region at the head of the page, then its actions by status. */
export function RegionalTotals(props: { totals: RegionalView['totals'] }): ReactNode {
  const { totals } = props
  const noStatus = totals.byStatus[''] ?? 0
  const share = totals.quantifiedShare
  return (
    <section className="carte" aria-labelledby="titre-chiffres-region">
      <h2 id="titre-chiffres-region">{regionalTexts.totalsHeading}</h2>
      <dl className="chiffres-region">
        <div>
          <dt>{regionalTexts.totalActions}</dt>
          <dd>{totals.actions.toLocaleString('fr-FR')}</dd>
        </div>
        <div>
          <dt>{regionalTexts.totalQuantified}</dt>
          <dd>
            {percentText(share.ratio)}{' '}
            <span className="aide">
              ({share.withIndicator.toLocaleString('fr-FR')} sur{' '}
              {share.total.toLocaleString('fr-FR')})
            </span>
          </dd>
        </div>
        <div>
          <dt>{regionalTexts.totalQuality}</dt>
          <dd>{qualityText(totals.averageQuality)}</dd>
        </div>
        <div>
          <dt>{regionalTexts.totalStale}</dt>
          <dd>{totals.staleCount.toLocaleString('fr-FR')}</dd>
        </div>
        <div>
          <dt>{regionalTexts.totalSupra}</dt>
          <dd>{totals.supraTerritorialSubjects.toLocaleString('fr-FR')}</dd>
        </div>
      </dl>
      <h3>{regionalTexts.byStatusHeading}</h3>
      <ul className="statuts-region">
        {FICHE_ACTION_STATUS_OPTIONS.map((option) => (
          <li key={option.value}>
            {option.label} : <strong>{totals.byStatus[option.value] ?? 0}</strong>
          </li>
        ))}
        {noStatus > 0 && (
          <li>
            {regionalTexts.noStatus} : <strong>{noStatus}</strong>
          </li>
        )}
      </ul>
    </section>
  )
}
