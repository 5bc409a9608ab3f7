import { Component, Suspense, lazy, type ComponentType, type ReactNode } from 'react'
import { isChunkLoadError } from './isChunkLoadError.ts'

/**
 * A piece one feature hands to another's screen (a mention, a side panel), loaded when first
 * shown, so that its code is not part of what opening the screen downloads. Until it arrives it
 * shows nothing: it is beside the screen's content, not the content. If its code cannot be
 * downloaded (offline, say) it keeps showing nothing, and the screen stays usable — a document
 * opened just before the connection dropped is still edited offline; any other failure reaches
 * the route's error screen, which offers to reload.
 */
export function lazyPiece<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  const Loaded: ComponentType<P> = lazy(async () => ({ default: await load() }))
  return function LazyPiece(props: P): ReactNode {
    return (
      <WithoutUndownloadedCode>
        <Suspense fallback={null}>
          <Loaded {...props} />
        </Suspense>
      </WithoutUndownloadedCode>
    )
  }
}

interface State {
  readonly failure: { readonly error: unknown } | null
}

/** Shows nothing instead of its children when their code could not be downloaded. */
class WithoutUndownloadedCode extends Component<{ children: ReactNode }, State> {
  override state: State = { failure: null }

  static getDerivedStateFromError(error: unknown): State {
    return { failure: { error } }
  }

  override render(): ReactNode {
    const { failure } = this.state
    if (failure === null) return this.props.children
    if (isChunkLoadError(failure.error)) return null
    // Not a download: the route's error boundary says it.
    throw failure.error
  }
}
