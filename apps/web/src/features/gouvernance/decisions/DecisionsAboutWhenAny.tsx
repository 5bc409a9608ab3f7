import { Suspense, lazy, type ReactNode } from 'react'
import type { DecisionSubjectKindName } from '@maillage/protocol'
import { useDecisionsAbout } from './useDecisions.ts'

// Most documents have no decision: the list's code and texts are loaded when there is one.
const DecisionsAbout = lazy(async () => ({
  default: (await import('./DecisionsAbout.tsx')).DecisionsAbout,
}))

/**
 * The register's decisions about one object, shown only once there is one (the document page):
 * `DecisionsAbout` with `hideWhenEmpty`, whose code is loaded only then. A failed request shows
 * nothing here, as it is beside the page's content, not the content.
 */
export function DecisionsAboutWhenAny(props: {
  kind: DecisionSubjectKindName
  id: string
}): ReactNode {
  const decisions = useDecisionsAbout(props.kind, props.id)
  if ((decisions.data?.length ?? 0) === 0) return null
  return (
    <Suspense fallback={null}>
      <DecisionsAbout kind={props.kind} id={props.id} hideWhenEmpty />
    </Suspense>
  )
}
