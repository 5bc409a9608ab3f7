import type { ReactNode } from 'react'

/** A polite "loading" message for a part of the page whose data is on its way. */
export function Loading(props: { label: string }): ReactNode {
  return (
    <p className="chargement" role="status">
      {props.label}
    </p>
  )
}
