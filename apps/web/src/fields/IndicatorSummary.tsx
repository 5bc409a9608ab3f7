import { Suspense, useMemo, type ReactNode } from 'react'
import type * as Y from 'yjs'
import {
  measurementsOf,
  numberValue,
  stringValue,
  type FieldDefinition,
  type Measurement,
} from '@maillage/schema'
import { formatShortDate } from '../ui/formatDate.ts'
import { useFieldsEnvironment } from './FieldsContext.tsx'
import { LazyIndicatorChart } from './LazyIndicatorChart.ts'
import { MeasurementForm } from './MeasurementForm.tsx'
import { readItem } from './readItem.ts'
import { fieldTexts } from './texts.ts'
import { useYDeepVersion } from '../collaboration/index.ts'

/**
 * Under an indicator: its measurements against its target, as a chart and as a table (the table
 * is what screen readers and keyboard users read; the chart repeats it for the eye), and on a
 * fiche action one may edit, the « Saisir une nouvelle mesure » form.
 */
export function IndicatorSummary(props: {
  item: Y.Map<unknown>
  fields: readonly FieldDefinition[]
}): ReactNode {
  const version = useYDeepVersion(props.item)
  const { id, label, unit, target, measurements } = useMemo(
    () => readIndicator(props.item, props.fields, version),
    [props.item, props.fields, version],
  )
  const { readOnly, measurementDocumentId } = useFieldsEnvironment()
  const measurable = !readOnly && measurementDocumentId !== undefined && id !== ''
  return (
    <>
      {measurements.length === 0 ? (
        <p className="aide">{fieldTexts.noMeasurements}</p>
      ) : (
        <MeasurementsOverTime
          label={label}
          unit={unit}
          target={target}
          measurements={measurements}
        />
      )}
      {measurable && (
        <MeasurementForm
          indicator={{ documentId: measurementDocumentId, indicatorId: id, label, unit }}
        />
      )}
    </>
  )
}

function MeasurementsOverTime(props: {
  label: string
  unit: string
  target: number | null
  measurements: readonly Measurement[]
}): ReactNode {
  const { label, unit, target, measurements } = props
  return (
    <div className="synthese-indicateur">
      <Suspense fallback={null}>
        <LazyIndicatorChart measurements={measurements} target={target} unit={unit} />
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
  fields: readonly FieldDefinition[],
  _version: number,
): {
  id: string
  label: string
  unit: string
  target: number | null
  measurements: readonly Measurement[]
} {
  const indicator = readItem(item, fields)
  return {
    id: indicator.id,
    label: stringValue(indicator.values, 'libelle') || 'indicateur',
    unit: stringValue(indicator.values, 'unite'),
    target: numberValue(indicator.values, 'cible'),
    measurements: measurementsOf(indicator),
  }
}
