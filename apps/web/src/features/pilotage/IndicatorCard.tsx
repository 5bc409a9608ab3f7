import { Suspense, useId, type ReactNode } from 'react'
import { Link } from 'react-router'
import { DocumentKind, nationalKpiLabel, type IndicatorRow } from '@maillage/schema'
import { documentPath } from '../../documents/index.ts'
import { LazyIndicatorChart, MeasurementForm } from '../../fields/index.ts'
import { formatShortDate } from '../../ui/formatDate.ts'
import { formatValue, progressPercent, TREND_ARROWS } from './indicatorFigures.ts'
import { pilotageTexts } from './texts.ts'

/**
 * One indicator on the dashboard: its latest measure against baseline and target, a progress bar
 * with its text, the trend in words, the chart with the target line and the same numbers as a
 * table, and « Saisir une nouvelle mesure » for those who may measure.
 */
export function IndicatorCard(props: { indicator: IndicatorRow; canMeasure: boolean }): ReactNode {
  const { indicator } = props
  const headingId = useId()
  return (
    <article className="carte-indicateur" aria-labelledby={headingId}>
      <h4 id={headingId}>{indicator.label}</h4>
      <p className="aide">
        {pilotageTexts.ofAction}{' '}
        <Link to={documentPath({ id: indicator.documentId, kind: DocumentKind.FicheAction })}>
          {indicator.ficheTitle}
        </Link>
      </p>
      <IndicatorFigures indicator={indicator} />
      <IndicatorProgress indicator={indicator} />
      <IndicatorTrend indicator={indicator} />
      {indicator.measurements.length > 0 && (
        <>
          <Suspense fallback={null}>
            <LazyIndicatorChart
              measurements={indicator.measurements}
              target={indicator.target}
              unit={indicator.unit}
            />
          </Suspense>
          <MeasurementTable indicator={indicator} />
        </>
      )}
      {props.canMeasure && (
        <MeasurementForm
          indicator={{
            documentId: indicator.documentId,
            indicatorId: indicator.indicatorId,
            label: indicator.label,
            unit: indicator.unit,
          }}
        />
      )}
    </article>
  )
}

function IndicatorFigures(props: { indicator: IndicatorRow }): ReactNode {
  const { latest, baseline, baselineDate, target, targetDate, unit, kpi } = props.indicator
  return (
    <dl className="chiffres-indicateur">
      <div>
        <dt>{pilotageTexts.latest}</dt>
        <dd>
          {latest === null
            ? pilotageTexts.noMeasure
            : pilotageTexts.atDate(formatValue(latest.value, unit), formatShortDate(latest.date))}
        </dd>
      </div>
      <div>
        <dt>{pilotageTexts.baseline}</dt>
        <dd>{figure(baseline, baselineDate, unit, pilotageTexts.atDate)}</dd>
      </div>
      <div>
        <dt>{pilotageTexts.target}</dt>
        <dd>{figure(target, targetDate, unit, pilotageTexts.byDate)}</dd>
      </div>
      {kpi !== '' && (
        <div>
          <dt>{pilotageTexts.kpi}</dt>
          <dd>{nationalKpiLabel(kpi)}</dd>
        </div>
      )}
    </dl>
  )
}

function figure(
  value: number | null,
  date: string,
  unit: string,
  withDate: (value: string, date: string) => string,
): string {
  if (value === null) return pilotageTexts.none
  const shown = formatValue(value, unit)
  return date === '' ? shown : withDate(shown, formatShortDate(date))
}

function IndicatorProgress(props: { indicator: IndicatorRow }): ReactNode {
  const { progress, label } = props.indicator
  if (progress === null) return <p className="aide">{pilotageTexts.progressUnknown}</p>
  const percent = progressPercent(progress)
  return (
    <p className="progression">
      <progress
        max={100}
        value={Math.min(percent, 100)}
        aria-label={pilotageTexts.progressLabel(label)}
      />
      <span>{pilotageTexts.progressText(percent)}</span>
    </p>
  )
}

function IndicatorTrend(props: { indicator: IndicatorRow }): ReactNode {
  const { trend } = props.indicator
  if (trend === null) return <p className="aide">{pilotageTexts.trendUnknown}</p>
  return (
    <p className={`tendance tendance-${trend}`}>
      {pilotageTexts.trendPrefix}{' '}
      <span className="fleche" aria-hidden="true">
        {TREND_ARROWS[trend]}
      </span>{' '}
      <strong>{pilotageTexts.trend[trend]}</strong>
    </p>
  )
}

function MeasurementTable(props: { indicator: IndicatorRow }): ReactNode {
  const { label, unit, target, measurements } = props.indicator
  return (
    <details className="donnees-tableau">
      <summary>{pilotageTexts.showTable}</summary>
      <table className="tableau-mesures">
        <caption>{pilotageTexts.tableCaption(label)}</caption>
        <thead>
          <tr>
            <th scope="col">{pilotageTexts.colDate}</th>
            <th scope="col">{pilotageTexts.colValue}</th>
            <th scope="col">{pilotageTexts.target}</th>
          </tr>
        </thead>
        <tbody>
          {measurements.map((measurement, index) => (
            <tr key={`${measurement.date}-${index}`}>
              <td>{formatShortDate(measurement.date)}</td>
              <td>{formatValue(measurement.value, unit)}</td>
              <td>{target === null ? '—' : formatValue(target, unit)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
}
