import { useMemo, type ReactNode } from 'react'
import type { AccountView, DocumentView, MeetingView } from '@maillage/protocol'
import { DocumentRoot, fieldsOf, SeanceField, seanceKind } from '@maillage/schema'
import {
  PresenceList,
  StatusLine,
  useCollaborativeDocument,
  type CollaborativeDocument,
} from '../../../collaboration/index.ts'
import { FieldInput, FieldsProvider, type FieldsEnvironment } from '../../../fields/index.ts'
import { DocumentEditor } from '../../../richText/index.ts'
import { Loading } from '../../../ui/Loading.tsx'
import { meetingTexts as texts } from './texts.ts'
import { useAttachableDocuments } from './useMeetings.ts'

const AGENDA_FIELD = fieldsOf(seanceKind).find((field) => field.name === SeanceField.OrdreDuJour)
const DECISIONS_FIELD = fieldsOf(seanceKind).find((field) => field.name === SeanceField.Decisions)

function AgendaAttachments(props: { meeting: MeetingView }): ReactNode {
  const items = props.meeting.agenda.filter((item) => item.documents.length > 0)
  if (items.length === 0) return null
  return (
    <div className="pieces-jointes">
      <h3>{texts.attachments}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            {item.titre} :{' '}
            {item.documents.map((document, index) => (
              <span key={document.id}>
                {index > 0 && ', '}
                {document.path === undefined ? (
                  <em>{texts.hiddenAttachment}</em>
                ) : (
                  <a href={document.path}>{document.title}</a>
                )}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </div>
  )
}

function LoadedDocument(props: {
  meeting: MeetingView
  account: AccountView
  collaboration: CollaborativeDocument
  documents: readonly DocumentView[]
}): ReactNode {
  const { meeting, account, collaboration } = props
  const editable = meeting.can.write && !collaboration.readOnly
  const environment = useMemo<FieldsEnvironment>(
    () => ({
      readOnly: !editable,
      spaceDocuments: props.documents,
      createLinkedDocument: () => Promise.reject(new Error('no document is created from a séance')),
      personName: account.name,
    }),
    [editable, props.documents, account.name],
  )
  const fields = collaboration.doc.getMap<unknown>(DocumentRoot.Fields)
  return (
    <FieldsProvider value={environment}>
      <section className="ordre-du-jour" aria-labelledby="titre-odj">
        <h2 id="titre-odj">{texts.agenda}</h2>
        <p className="aide">{texts.agendaHint}</p>
        {AGENDA_FIELD !== undefined && (
          <FieldInput map={fields} field={AGENDA_FIELD} id="champ-ordreDuJour" />
        )}
        <AgendaAttachments meeting={meeting} />
      </section>
      <section className="releve-seance" aria-labelledby="titre-releve">
        <h2 id="titre-releve">{texts.releve}</h2>
        <p className="aide">{texts.releveHint}</p>
        <h3>{texts.notes}</h3>
        <DocumentEditor
          collaboration={collaboration}
          user={{ name: account.name, color: account.color }}
          editable={editable}
          label={texts.notes}
        />
        {DECISIONS_FIELD !== undefined && (
          <FieldInput map={fields} field={DECISIONS_FIELD} id="champ-decisions" />
        )}
      </section>
    </FieldsProvider>
  )
}

/**
 * The séance's document, co-edited live: the ordre du jour (points, presenters, durations and
 * attached documents, shown as links to those who may read them), then the relevé — its rich
 * text and its decisions. Read-only for who may not write, and for all but managers once closed.
 */
export function MeetingDocument(props: { meeting: MeetingView; account: AccountView }): ReactNode {
  const { meeting, account } = props
  const collaboration = useCollaborativeDocument(meeting.documentId, account)
  const documents = useAttachableDocuments(meeting.id)
  return (
    <div className="document-seance">
      {collaboration !== null && (
        <div className="etat-seance">
          <StatusLine
            state={collaboration.state}
            readOnly={!meeting.can.write}
            onReconnect={collaboration.reconnect}
          />
          <PresenceList awareness={collaboration.awareness} />
        </div>
      )}
      {!meeting.can.write && (
        <p className="avis">{meeting.status === 'close' ? texts.closedNotice : texts.readOnly}</p>
      )}
      {collaboration === null || !collaboration.isLoaded ? (
        <Loading label={texts.loading} />
      ) : (
        <LoadedDocument
          meeting={meeting}
          account={account}
          collaboration={collaboration}
          documents={documents.data ?? []}
        />
      )}
    </div>
  )
}
