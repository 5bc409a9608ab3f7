import type { ReactNode } from 'react'
import { usePageTitle } from '../ui/usePageTitle.ts'
import { appTexts } from './texts.ts'

/** Shown instead of a page that failed to render or to load its code (e.g. after an update). */
export function RouteError(): ReactNode {
  usePageTitle(appTexts.notFoundTitle)
  return (
    <div className="page-etroite" role="alert">
      <p>{appTexts.routeError}</p>
      <button
        type="button"
        className="bouton-principal"
        onClick={() => {
          window.location.reload()
        }}
      >
        {appTexts.reload}
      </button>
    </div>
  )
}
