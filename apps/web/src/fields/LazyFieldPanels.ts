import { lazy } from 'react'

// A document kind's fields panel and a fiche action's quality panel, loaded when a document of a
// kind that has them is opened (a page has neither): render them under `<Suspense>`.

export const LazyFieldsPanel = lazy(async () => ({
  default: (await import('./FieldsPanel.tsx')).FieldsPanel,
}))

export const LazyQualityPanel = lazy(async () => ({
  default: (await import('./QualityPanel.tsx')).QualityPanel,
}))
