import type { ReactNode } from 'react'
import type { AccountView } from '@maillage/protocol'
import { DocumentEditor } from '../../richText/index.ts'
import type { CollaborativeDocument } from '../../collaboration/index.ts'
import { sessionTexts as texts } from './texts.ts'

/** The shared notes of the session: the atelier's rich text, co-edited with everyone's carets. */
export function SessionNotes(props: {
  collaboration: CollaborativeDocument
  account: AccountView
  editable: boolean
}): ReactNode {
  const { account } = props
  return (
    <section className="notes-session" aria-labelledby="titre-notes">
      <h2 id="titre-notes">{texts.notes}</h2>
      <p className="aide">{texts.notesHint}</p>
      <DocumentEditor
        collaboration={props.collaboration}
        user={{ name: account.name, color: account.color }}
        editable={props.editable}
        label={texts.notes}
      />
    </section>
  )
}
