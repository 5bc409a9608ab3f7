import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { ProgrammeTargetLinesView } from '@maillage/protocol'
import { KIND_LABELS, programmeTexts as texts } from './texts.ts'

/** The lines of the programme an object carries out, linking to them (`ProgrammeLineMention`). */
export function ProgrammeLinesFound(props: {
  lines: ProgrammeTargetLinesView['lines']
}): ReactNode {
  return (
    <aside className="mention-programme" aria-label={texts.mention}>
      <p>
        <strong>{texts.mention} :</strong>{' '}
        {props.lines.map((line, index) => (
          <span key={line.linkId}>
            {index > 0 && ', '}
            <Link to={`/gouvernance/programme#ligne-${line.lineKey}`}>{line.title}</Link> (
            {line.partner}, {KIND_LABELS[line.kind].toLowerCase()})
          </span>
        ))}
      </p>
    </aside>
  )
}
