import { Suspense, lazy, type ComponentType, type ReactNode } from 'react'

/**
 * A piece one feature hands to another's screen (a mention, a side panel), loaded when first
 * shown, so that its code is not part of what opening the screen downloads. Until it arrives it
 * shows nothing: it is beside the screen's content, not the content. A failed load reaches the
 * route's error screen, which offers to reload.
 */
export function lazyPiece<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  const Loaded: ComponentType<P> = lazy(async () => ({ default: await load() }))
  return function LazyPiece(props: P): ReactNode {
    return (
      <Suspense fallback={null}>
        <Loaded {...props} />
      </Suspense>
    )
  }
}
