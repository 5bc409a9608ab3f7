import type { ReactNode } from 'react'
import type { QuantifiedShare } from '@maillage/schema'
import { pilotageTexts } from './texts.ts'

/** How many actions have at least one quantified, dated résultat or impact indicator. */
export function QuantifiedShareCard(props: { share: QuantifiedShare }): ReactNode {
  const { withIndicator, total, ratio } = props.share
  const percent = ratio === null ? null : Math.round(ratio * 100)
  return (
    <section className="carte" aria-labelledby="titre-part-mesuree">
      <h2 id="titre-part-mesuree">{pilotageTexts.shareHeading}</h2>
      {percent === null ? (
        <p>{pilotageTexts.shareNone}</p>
      ) : (
        <>
          <p className="part-mesuree">
            <strong>{percent.toLocaleString('fr-FR')} %</strong>
            <meter min={0} max={100} value={percent} aria-label={pilotageTexts.shareLabel} />
          </p>
          <p>{pilotageTexts.shareText(withIndicator, total)}</p>
        </>
      )}
    </section>
  )
}
