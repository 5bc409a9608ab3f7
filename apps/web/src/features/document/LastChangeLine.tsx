import type { ReactNode } from 'react'
import type { AccountView, DocumentView } from '@maillage/protocol'
import { formatRelative } from '../../ui/formatDate.ts'
import { documentTexts } from './texts.ts'
import type { CollaborativeDocument } from '../../collaboration/index.ts'
import { useLastChange } from './useLastChange.ts'

/**
 * « Dernière modification il y a … · name », kept true while people type (its own component, so
 * that a keystroke re-renders this line only).
 */
export function LastChangeLine(props: {
  collaboration: CollaborativeDocument
  record: DocumentView
  account: AccountView
}): ReactNode {
  const { collaboration, record } = props
  const { lastChange, now } = useLastChange({
    doc: collaboration.doc,
    awareness: collaboration.awareness,
    initial: { at: record.updatedAt, name: record.lastEditorName },
    ownName: props.account.name,
  })
  return (
    <p className="aide">
      {documentTexts.lastChange} {formatRelative(lastChange.at, now)}
      {lastChange.name !== undefined && ` · ${lastChange.name}`}
    </p>
  )
}
