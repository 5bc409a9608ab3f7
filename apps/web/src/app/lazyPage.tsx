import { lazy, type ComponentType, type ReactElement } from 'react'

/** A screen of the app whose code is loaded when first shown, or earlier through `preload`. */
export interface LazyPage {
  readonly element: ReactElement
  /** Starts loading the screen's code (once): the screen then waits for the same download. */
  readonly preload: () => Promise<unknown>
}

/**
 * The route piece of a screen loaded on first visit: its element suspends until the code is
 * there (the frame's `Suspense` or the router's transition shows « Chargement de la page… »);
 * a failed download reaches `RouteErrorBoundary`, which offers to reload.
 */
export function lazyPage(load: () => Promise<ComponentType>): LazyPage {
  let loading: Promise<{ default: ComponentType }> | undefined
  const preload = () => (loading ??= load().then((Component) => ({ default: Component })))
  const Page = lazy(preload)
  return { element: <Page />, preload }
}
