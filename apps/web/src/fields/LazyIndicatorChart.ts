import { lazy } from 'react'

/**
 * The indicator chart, loaded on first use (uPlot is the largest piece of a dashboard): render it
 * under `<Suspense>`.
 */
export const LazyIndicatorChart = lazy(() => import('./IndicatorChart.tsx'))
