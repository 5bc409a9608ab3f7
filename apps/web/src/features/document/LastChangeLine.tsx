import type { ReactNode } from 'react'
import type { AccountView, DocumentView } from '@maillage/protocol'
import { formatRelative } from '../../ui/formatDate.ts'
import { useAfterFirstPaint } from '../../ui/useAfterFirstPaint.ts'
import { documentTexts } from './texts.ts'
import type { CollaborativeDocument } from '../../collaboration/index.ts'
import { useLastChange } from './useLastChange.ts'

/**
 * « Dernière modification il y a … · name », kept true while people type (its own component, so
 * that a keystroke re-renders this line only). The time is written once the page has been painted:
 * the first `Intl` formatter a browser makes costs 17–90 ms (its locale and time zone data), which
 * the document's first render, already the longest step of an open, would otherwise pay.
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
  const painted = useAfterFirstPaint()
  return (
    <p className="aide">
      {documentTexts.lastChange} {painted ? formatRelative(lastChange.at, now) : '…'}
      {lastChange.name !== undefined && ` · ${lastChange.name}`}
    </p>
  )
}
