import { lazy, Suspense, useMemo, type ReactNode } from 'react'
import * as Y from 'yjs'
import { formatShortDate } from '../../../ui/formatDate.ts'
import type { Measurement } from './IndicatorChart.tsx'
import { fieldTexts } from './texts.ts'
import { useYDeepVersion } from './useYMapEntry.ts'

const IndicatorChart = lazy(() => import('./IndicatorChart.tsx'))

/**
 * Under an indicator: its measurements against its target, as a chart and as a table (the table
 * is what screen readers and keyboard users read; the chart repeats it for the eye).
 */
export function IndicatorSummary(props: { item: Y.Map<unknown> }): ReactNode {
  const version = useYDeepVersion(props.item)
  const { label, unit, target, measurements } = useMemo(
    () => readIndicator(props.item, version),
    [props.item, version],
  )
  if (measurements.length === 0) return <p className="aide">{fieldTexts.noMeasurements}</p>
  return (
    <div className="synthese-indicateur">
      <Suspense fallback={null}>
        <IndicatorChart measurements={measurements} target={target} unit={unit} />
      </Suspense>
      <table className="tableau-mesures">
        <caption>{fieldTexts.chartCaption(label)}</caption>
        <thead>
          <tr>
            <th scope="col">{fieldTexts.chartDate}</th>
            <th scope="col">{fieldTexts.chartValue}</th>
            <th scope="col">{fieldTexts.chartTarget}</th>
          </tr>
        </thead>
        <tbody>
          {measurements.map((measurement, index) => (
            <tr key={`${measurement.date}-${index}`}>
              <td>{formatShortDate(measurement.date)}</td>
              <td>
                {measurement.value.toLocaleString('fr-FR')} {unit}
              </td>
              <td>{target === null ? '—' : `${target.toLocaleString('fr-FR')} ${unit}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

// `version` only invalidates the memo: the item is read afresh after each change.
function readIndicator(
  item: Y.Map<unknown>,
  _version: number,
): { label: string; unit: string; target: number | null; measurements: Measurement[] } {
  const text = (key: string): string => {
    const value = item.get(key)
    return value instanceof Y.Text || typeof value === 'string' ? value.toString() : ''
  }
  const cible = item.get('cible')
  const mesures = item.get('mesures')
  const measurements: Measurement[] = []
  if (mesures instanceof Y.Array) {
    for (const entry of mesures.toArray()) {
      if (!(entry instanceof Y.Map)) continue
      const date: unknown = entry.get('date')
      const value: unknown = entry.get('valeur')
      if (
        typeof date === 'string' &&
        /^\d{4}-\d{2}-\d{2}$/.test(date) &&
        typeof value === 'number'
      ) {
        measurements.push({ date, value })
      }
    }
  }
  measurements.sort((a, b) => a.date.localeCompare(b.date))
  return {
    label: text('libelle') || 'indicateur',
    unit: text('unite'),
    target: typeof cible === 'number' ? cible : null,
    measurements,
  }
}
