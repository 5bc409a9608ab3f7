import { useEffect, useRef, type ReactNode } from 'react'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'
import type { Measurement } from '@maillage/schema'
import { DATE_AXIS_STEPS_S, formatDateTicks } from './indicatorDateAxis.ts'

/**
 * The measurements of an indicator over time against its target, drawn with uPlot. The drawing
 * is hidden from assistive technologies: the same numbers are in the table beside it. Dates are
 * days in UTC (as measures are dated), written in French order like the table (« 01/04 »).
 */
export default function IndicatorChart(props: {
  measurements: readonly Measurement[]
  target: number | null
  unit: string
}): ReactNode {
  const container = useRef<HTMLDivElement>(null)
  const { measurements, target, unit } = props

  useEffect(() => {
    const element = container.current
    if (element === null || measurements.length === 0) return
    const times = measurements.map((measurement) => Date.parse(measurement.date) / 1000)
    const values = measurements.map((measurement) => measurement.value)
    const targets = measurements.map(() => target)
    const chart = new uPlot(
      {
        width: Math.max(240, element.clientWidth),
        height: 180,
        legend: { show: false },
        scales: { x: { time: true } },
        tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC'),
        axes: [
          {
            incrs: [...DATE_AXIS_STEPS_S],
            values: (_chart, splits) => formatDateTicks(splits),
          },
          { label: unit },
        ],
        series: [
          {},
          { label: 'Mesure', stroke: '#1b4f72', width: 2, points: { show: true, size: 6 } },
          { label: 'Cible', stroke: '#b3261e', width: 1, dash: [6, 4], points: { show: false } },
        ],
      },
      [times, values, targets],
      element,
    )
    return () => {
      chart.destroy()
    }
  }, [measurements, target, unit])

  return <div ref={container} className="graphique" aria-hidden="true" />
}
