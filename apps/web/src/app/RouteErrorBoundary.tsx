import { Component, type ReactNode } from 'react'
import { useLocation } from 'react-router'
import { RouteError } from './RouteError.tsx'

/**
 * Shows `RouteError` instead of the frame and its screen when they fail to render or to load
 * their code; going to another address (the browser's back button) tries again.
 */
export function RouteErrorBoundary(props: { children: ReactNode }): ReactNode {
  const location = useLocation()
  return <Boundary address={location.key}>{props.children}</Boundary>
}

interface BoundaryProps {
  readonly address: string
  readonly children: ReactNode
}

interface BoundaryState {
  readonly address: string
  readonly failure: { readonly error: unknown } | null
}

class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { address: this.props.address, failure: null }

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { failure: { error } }
  }

  static getDerivedStateFromProps(
    props: BoundaryProps,
    state: BoundaryState,
  ): Partial<BoundaryState> | null {
    return props.address === state.address ? null : { address: props.address, failure: null }
  }

  override render(): ReactNode {
    const { failure } = this.state
    return failure === null ? this.props.children : <RouteError error={failure.error} />
  }
}
