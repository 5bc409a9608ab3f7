import { lazy, useState, type ComponentType, type ReactElement, type ReactNode } from 'react'

/** A screen of the app whose code is loaded when first shown, or earlier through `preload`. */
export interface LazyPage {
  readonly element: ReactElement
  /** Starts loading the screen's code (once): the screen then waits for the same download. */
  readonly preload: () => Promise<unknown>
}

/**
 * The route piece of a screen loaded on first visit: its element suspends until the code is
 * there (the frame's `Suspense` or the router's transition shows « Chargement de la page… »);
 * a failed download reaches `RouteErrorBoundary`, which offers to reload, and the screen's next
 * visit downloads it again (see `retryFailedPages`).
 *
 * A screen whose code has arrived (asked for at start by `preloadScreen`, or visited before) is
 * rendered at once, without suspending: React shows a revealed boundary's content no sooner than
 * 300 ms after its fallback (FALLBACK_THROTTLE_MS), so a lazy component that suspended for a
 * promise already settled kept the first screen on « Chargement de la page… » for that long.
 */
export function lazyPage(load: () => Promise<ComponentType>): LazyPage {
  let loading: Promise<{ default: ComponentType }> | undefined
  let loaded: ComponentType | undefined
  const preload = () =>
    (loading ??= load().then(
      (Component) => {
        loaded = Component
        return { default: Component }
      },
      (error: unknown) => {
        failed.add(retry)
        throw error
      },
    ))
  let Suspending = lazy(preload)
  // React.lazy keeps a rejection for good: the next visit gets a new one, and a new download.
  const retry = (): void => {
    loading = undefined
    Suspending = lazy(preload)
  }
  function Page(): ReactNode {
    // Chosen once per mount: switching type would mount the screen again.
    const [Screen] = useState<ComponentType>(() => loaded ?? Suspending)
    return <Screen />
  }
  return { element: <Page />, preload }
}

// How to try again the screens whose download failed (see `retryFailedPages`).
const failed = new Set<() => void>()

/**
 * Lets the screens whose code could not be downloaded (offline, say) download it again when next
 * shown. Called at each change of address (`AppRouter`), not as the failure happens: React renders
 * a screen that suspended again before showing the error, and a new download each time would keep
 * it from ever giving up.
 */
export function retryFailedPages(): void {
  for (const retry of failed) retry()
  failed.clear()
}
