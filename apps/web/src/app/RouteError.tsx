import type { ReactNode } from 'react'
import { usePageTitle } from '../ui/usePageTitle.ts'
import { isChunkLoadError } from './isChunkLoadError.ts'
import { appTexts } from './texts.ts'

/**
 * Shown instead of a page that failed to render or to load its code. Code that could not be
 * downloaded (the connection, or a new version deployed meanwhile: the old files are gone) is
 * said so, with « Réessayer »: reloading fetches the current version's page and files.
 */
export function RouteError(props: { error: unknown }): ReactNode {
  const { error } = props
  usePageTitle(appTexts.notFoundTitle)
  const chunk = isChunkLoadError(error)
  return (
    <div className="page-etroite" role="alert">
      <p>{chunk ? appTexts.chunkError : appTexts.routeError}</p>
      <button
        type="button"
        className="bouton-principal"
        onClick={() => {
          window.location.reload()
        }}
      >
        {chunk ? appTexts.retry : appTexts.reload}
      </button>
    </div>
  )
}
