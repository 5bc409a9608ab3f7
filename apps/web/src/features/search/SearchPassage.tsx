import type { ReactNode } from 'react'
import type { SearchPassageSegmentView } from '@maillage/protocol'

/** A result's passage, the words the query matched marked (`<mark>`), built from text only. */
export function SearchPassage(props: { segments: readonly SearchPassageSegmentView[] }): ReactNode {
  if (props.segments.length === 0) return null
  return (
    <p className="passage-recherche">
      {props.segments.map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : segment.text,
      )}
    </p>
  )
}
