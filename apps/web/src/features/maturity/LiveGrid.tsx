import { useCallback, useMemo, type ReactNode } from 'react'
import type { AccountView } from '@maillage/protocol'
import {
  autoEvaluationKind,
  DocumentRoot,
  MATURITY_GRID,
  type SpaceMaturityCampaign,
  type SpaceMaturityView,
} from '@maillage/schema'
import { useCreateDocument, useSpaceDocuments } from '../../api/useSpaceDocuments.ts'
import {
  PresenceList,
  StatusLine,
  collaborationTexts,
  useCollaborativeDocument,
  type CollaborativeDocument,
} from '../../collaboration/index.ts'
import { FieldsProvider, type FieldsEnvironment } from '../../fields/index.ts'
import { Loading } from '../../ui/Loading.tsx'
import { GridQuestion } from './GridQuestion.tsx'
import { LiveProfile } from './LiveProfile.tsx'
import { SubmissionPanel } from './SubmissionPanel.tsx'
import { QUESTION_NUMBERS } from './questionNumbers.ts'
import { maturityTexts } from './texts.ts'

/** The grid's Y.Doc, opened with the app's collaboration kernel (presence, status, offline copy). */
export function LiveGrid(props: {
  documentId: string
  account: AccountView
  view: SpaceMaturityView
  entry: SpaceMaturityCampaign
}): ReactNode {
  const collaboration = useCollaborativeDocument(props.documentId, props.account)
  if (collaboration === null || !collaboration.isLoaded) {
    return <Loading label={maturityTexts.gridLoading} />
  }
  return <LoadedGrid collaboration={collaboration} view={props.view} entry={props.entry} />
}

/**
 * The questions theme by theme, the profile computed live beside them, and the submission.
 * Read-only for whoever may not change the grid (lecteurs, the regional team), before the
 * campaign opens and once it is closed.
 */
function LoadedGrid(props: {
  collaboration: CollaborativeDocument
  view: SpaceMaturityView
  entry: SpaceMaturityCampaign
}): ReactNode {
  const { collaboration, view, entry } = props
  const { campaign } = entry
  const open = campaign.status === 'ouverte'
  const readOnly = collaboration.readOnly || !view.canEdit || !open
  const environment = useEvidenceEnvironment(view.spaceId, readOnly)
  const fields = collaboration.doc.getMap<unknown>(DocumentRoot.Fields)

  return (
    <>
      <StatusLine
        state={collaboration.state}
        readOnly={readOnly}
        onReconnect={collaboration.reconnect}
      />
      <section className="presence-grille" aria-labelledby="titre-presence">
        <h2 id="titre-presence" className="visuellement-cache">
          {collaborationTexts.presenceLabel}
        </h2>
        <PresenceList awareness={collaboration.awareness} />
      </section>
      {!view.canEdit && <p className="avis">{maturityTexts.readOnlyReader}</p>}
      {campaign.status === 'close' && <p className="avis">{maturityTexts.readOnlyClosed}</p>}
      {campaign.status === 'a-venir' && <p className="avis">{maturityTexts.readOnlyUpcoming}</p>}
      <div className="grille-et-profil">
        <FieldsProvider value={environment}>
          <div className="grille-maturite">
            {MATURITY_GRID.map((theme) => (
              <section key={theme.id} className="carte theme-grille" aria-labelledby={theme.id}>
                <h2 id={theme.id}>{theme.label}</h2>
                {theme.questions.map((question) => (
                  <GridQuestion
                    key={question.id}
                    fields={fields}
                    question={question}
                    number={QUESTION_NUMBERS.get(question.id) ?? 0}
                    definition={autoEvaluationKind}
                    readOnly={readOnly}
                  />
                ))}
              </section>
            ))}
            <SubmissionPanel
              spaceId={view.spaceId}
              entry={entry}
              canSubmit={view.canSubmit && open}
              doc={collaboration.doc}
            />
          </div>
        </FieldsProvider>
        <aside className="profil-en-direct" aria-labelledby="titre-profil-direct" tabIndex={0}>
          <LiveProfile fields={fields} headingId="titre-profil-direct" />
        </aside>
      </div>
    </>
  )
}

// The preuves link documents of the CLPE's space (any kind).
function useEvidenceEnvironment(spaceId: string, readOnly: boolean): FieldsEnvironment {
  const documents = useSpaceDocuments(spaceId)
  const { mutateAsync } = useCreateDocument(spaceId)
  const createLinkedDocument = useCallback(
    async (kind: string, title: string) => (await mutateAsync({ kind, title })).id,
    [mutateAsync],
  )
  return useMemo(
    () => ({ readOnly, spaceDocuments: documents.data ?? [], createLinkedDocument }),
    [readOnly, documents.data, createLinkedDocument],
  )
}
