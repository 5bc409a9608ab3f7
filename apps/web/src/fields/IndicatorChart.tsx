import { useEffect, useRef, type ReactNode } from 'react'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'
import type { Measurement } from '@maillage/schema'
import { DATE_AXIS_STEPS_S, formatDateTicks } from './indicatorDateAxis.ts'
import { dateRange, valueRange } from './indicatorChartRanges.ts'

/**
 * The measurements of an indicator over time against its target, drawn with uPlot. The drawing
 * is hidden from assistive technologies: the same numbers are in the table beside it. Dates are
 * days in UTC (as measures are dated), written in French order like the table (« 01/04 »). The
 * value axis always holds the target, so its line is drawn even far above the measures.
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
    const chart = new uPlot(
      {
        width: Math.max(240, element.clientWidth),
        height: 180,
        legend: { show: false },
        scales: {
          x: { time: true, range: (_chart, min, max) => dateRange(min, max, times) },
          y: { range: (_chart, min, max) => valueRange(min, max, target) },
        },
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
        ],
        hooks: {
          draw:
            target === null
              ? []
              : [
                  (drawn) => {
                    drawTargetLine(drawn, target)
                  },
                ],
        },
      },
      [times, values],
      element,
    )
    return () => {
      chart.destroy()
    }
  }, [measurements, target, unit])

  return <div ref={container} className="graphique" aria-hidden="true" />
}

/** The target as a dashed line across the whole plot, even with a single measurement. */
function drawTargetLine(chart: uPlot, target: number): void {
  const { ctx, bbox } = chart
  const y = chart.valToPos(target, 'y', true)
  ctx.save()
  ctx.strokeStyle = '#b3261e'
  ctx.lineWidth = Math.max(1, uPlot.pxRatio)
  ctx.setLineDash([6 * uPlot.pxRatio, 4 * uPlot.pxRatio])
  ctx.beginPath()
  ctx.moveTo(bbox.left, y)
  ctx.lineTo(bbox.left + bbox.width, y)
  ctx.stroke()
  ctx.restore()
}
