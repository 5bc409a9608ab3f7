import { Suspense, lazy, type ReactNode } from 'react'
import { useTargetLines } from './useProgramme.ts'

// Most objects carry out no line: the list's code and texts are loaded when there is one.
const ProgrammeLinesFound = lazy(async () => ({
  default: (await import('./ProgrammeLinesFound.tsx')).ProgrammeLinesFound,
}))

/**
 * « Ligne du programme »: the lines of the programme d’accompagnement that an atelier, a fiche
 * outil or a document carries out, linking to them; nothing when it carries none out (or while
 * loading, or if the answer fails: it is a mention, not the page's content).
 */
export function ProgrammeLineMention(props: {
  kind: 'atelier' | 'outil' | 'document'
  id: string
}): ReactNode {
  const lines = useTargetLines(props.kind, props.id)
  const found = lines.data?.lines ?? []
  if (found.length === 0) return null
  return (
    <Suspense fallback={null}>
      <ProgrammeLinesFound lines={found} />
    </Suspense>
  )
}
