import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { KIND_LABELS, programmeTexts as texts } from './texts.ts'
import { useTargetLines } from './useProgramme.ts'

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
    <aside className="mention-programme" aria-label={texts.mention}>
      <p>
        <strong>{texts.mention} :</strong>{' '}
        {found.map((line, index) => (
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
