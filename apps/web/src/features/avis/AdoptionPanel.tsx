import { useRef, type ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import type * as Y from 'yjs'
import type { DocumentView } from '@maillage/protocol'
import { useApi } from '../../api/ApiProvider.tsx'
import { queryKeys } from '../../api/queryKeys.ts'
import { formatDateTime } from '../../ui/formatDate.ts'
import { AdoptionActions } from './AdoptionActions.tsx'
import { AdoptionPositions } from './AdoptionPositions.tsx'
import { AdoptedExports } from './AdoptedExports.tsx'
import { PositionForm } from './PositionForm.tsx'
import { avisTexts } from './texts.ts'
import { useAvisAdoption } from './useAvisAdoption.ts'
import '../../styles/avis.css'

/**
 * The « Adoption » panel of an avis's page, live from its document: where it stands, the version
 * submitted (a link to it in the history), the members' positions with their comments, the
 * signed-in member's own position, the buttons their role in the space allows, and once adopted
 * the approvers and the adopted version's files. The server decides; the buttons only spare
 * people a refusal.
 */
export function AdoptionPanel(props: {
  doc: Y.Doc
  record: DocumentView
  accountId: string
}): ReactNode {
  const { doc, record, accountId } = props
  const adoption = useAvisAdoption(doc)
  const role = useRoleIn(record.spaceId)
  const archived = record.archivedAt !== undefined
  const rights = {
    submit: !archived && (role === 'contributeur' || role === 'animateur'),
    adopt: !archived && role === 'animateur',
  }
  const mine = adoption.positions.find((entry) => entry.account.id === accountId)
  // After a step, the buttons that led to it may be gone: the focus goes to the new state.
  const stateLine = useRef<HTMLParagraphElement>(null)

  return (
    <section className="carte adoption-avis" aria-labelledby="titre-adoption">
      <h2 id="titre-adoption">{avisTexts.heading}</h2>
      <p ref={stateLine} tabIndex={-1} role="status" className="etat-adoption">
        {avisTexts.state[adoption.state]}
      </p>
      {adoption.submittedAt !== undefined && adoption.submittedBy !== undefined && (
        <p>
          {avisTexts.submittedVersion(
            formatDateTime(adoption.submittedAt),
            adoption.submittedBy.name,
          )}
          {' — '}
          <Link to={historyPath(record.id)}>{avisTexts.viewVersion}</Link>
        </p>
      )}
      {adoption.state === 'adopte' && <AdoptedVersion record={record} adoption={adoption} />}
      {adoption.state !== 'redaction' && <AdoptionPositions positions={adoption.positions} />}
      {adoption.state === 'soumis' && role !== null && !archived && (
        <PositionForm
          // A new submission clears the positions: the form starts over with it.
          key={adoption.submittedVersionId ?? ''}
          documentId={record.id}
          current={mine}
        />
      )}
      <AdoptionActions
        documentId={record.id}
        adoption={adoption}
        rights={rights}
        onDone={() => stateLine.current?.focus()}
      />
    </section>
  )
}

function AdoptedVersion(props: {
  record: DocumentView
  adoption: ReturnType<typeof useAvisAdoption>
}): ReactNode {
  const { record, adoption } = props
  return (
    <>
      {adoption.adoptedAt !== undefined && adoption.adoptedBy !== undefined && (
        <p>{avisTexts.adoptedOn(formatDateTime(adoption.adoptedAt), adoption.adoptedBy.name)}</p>
      )}
      <h3 id="titre-approbateurs">{avisTexts.approversHeading}</h3>
      <ul className="approbateurs" aria-labelledby="titre-approbateurs">
        {(adoption.approvers ?? []).map((person) => (
          <li key={person.id}>{person.name}</li>
        ))}
      </ul>
      <AdoptedExports record={record} />
    </>
  )
}

// The history of the document, where the submitted version is listed under its name.
function historyPath(documentId: string): string {
  return `/documents/${encodeURIComponent(documentId)}/historique`
}

// The person's role in the avis's space, from the same query as the document page's.
function useRoleIn(spaceId: string): 'animateur' | 'contributeur' | 'lecteur' | null {
  const api = useApi()
  const space = useQuery({
    queryKey: queryKeys.space(spaceId),
    queryFn: () => api.getSpace(spaceId),
  })
  return space.data?.myRole ?? null
}
