import { useState, type ComponentType, type ReactNode } from 'react'
import { Link, useParams } from 'react-router'
import { SPACE_KIND_LABELS, SPACE_ROLE_LABELS, SpaceKind } from '@maillage/schema'
import type { DocumentView, SpaceView } from '@maillage/protocol'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { useSession } from '../../api/useSession.ts'
import {
  DocumentFilters,
  NO_FILTERS,
  filterDocuments,
  type DocumentFilterValues,
} from './DocumentFilters.tsx'
import { DocumentList } from '../../documents/index.ts'
import { InvitationsPanel } from './InvitationsPanel.tsx'
import { MembersPanel } from './MembersPanel.tsx'
import { ReviewSettingPanel } from './ReviewSettingPanel.tsx'
import { NewDocumentForm } from './NewDocumentForm.tsx'
import { spaceTexts } from './texts.ts'
import { territoryOf } from './territoryOf.ts'
import { useSpaceDocuments } from '../../api/useSpaceDocuments.ts'
import { useSpace } from './useSpaceData.ts'

/**
 * What another feature shows on a CLPE's page (the boîte à outils' panel), handed in by the app so
 * that features never import each other.
 */
export interface SpacePageSlots {
  readonly ToolsPanel: ComponentType<{ spaceId: string }>
}

/** A space: its territory, its documents by kind, and for animateurs its members and invitations. */
export function SpacePage(props: SpacePageSlots): ReactNode {
  const { spaceId = '' } = useParams()
  const space = useSpace(spaceId)
  usePageTitle(space.data?.name ?? spaceTexts.loading)
  if (space.isPending) return <Loading label={spaceTexts.loading} />
  if (space.isError) return <ErrorNotice error={space.error} onRetry={() => void space.refetch()} />
  return <SpaceContent space={space.data} ToolsPanel={props.ToolsPanel} />
}

function SpaceContent(props: { space: SpaceView } & SpacePageSlots): ReactNode {
  const { space, ToolsPanel } = props
  const { session } = useSession()
  const documents = useSpaceDocuments(space.id)
  const admin = session?.account.platformRole === 'admin'
  const member = admin || space.myRole !== null
  const canCreate = admin || space.myRole === 'animateur' || space.myRole === 'contributeur'
  const canManage = admin || space.myRole === 'animateur'
  const territory = territoryOf(space)
  const kindLabel = (SPACE_KIND_LABELS as Readonly<Record<string, string>>)[space.kind]

  return (
    <div className="page-espace">
      <header className="entete-page">
        <p className="surtitre">{kindLabel ?? space.kind}</p>
        <h1 tabIndex={-1}>{space.name}</h1>
        <dl className="details">
          {territory !== null && (
            <>
              <div>
                <dt>{spaceTexts.departement}</dt>
                <dd>{territory.departement}</dd>
              </div>
              <div>
                <dt>{spaceTexts.clpeCode}</dt>
                <dd>{territory.clpeCode}</dd>
              </div>
            </>
          )}
          {space.myRole !== null && (
            <div>
              <dt>{spaceTexts.yourRole}</dt>
              <dd>{SPACE_ROLE_LABELS[space.myRole]}</dd>
            </div>
          )}
        </dl>
        {space.description !== '' && <p>{space.description}</p>}
        {space.kind === SpaceKind.Clpe && (
          <p className="lien-pilotage">
            <Link to={`/espaces/${encodeURIComponent(space.id)}/pilotage`}>
              {spaceTexts.pilotageLink}
            </Link>
          </p>
        )}
        {space.kind === SpaceKind.Clpe && (
          <p className="lien-pilotage">
            <Link to={`/espaces/${encodeURIComponent(space.id)}/demarche-de-progression`}>
              {spaceTexts.maturityLink}
            </Link>
          </p>
        )}
      </header>
      {!member && <p className="avis">{spaceTexts.notMember}</p>}
      {canCreate && <NewDocumentForm spaceId={space.id} />}
      <section className="carte" aria-labelledby="titre-documents">
        <h2 id="titre-documents">{spaceTexts.documentsHeading}</h2>
        {documents.isPending && <Loading label={spaceTexts.documentsLoading} />}
        {documents.isError && (
          <ErrorNotice error={documents.error} onRetry={() => void documents.refetch()} />
        )}
        {documents.data?.length === 0 && (
          <p>{member ? spaceTexts.noDocuments : spaceTexts.noSharedDocuments}</p>
        )}
        {documents.data !== undefined && documents.data.length > 0 && (
          <FilteredDocuments documents={documents.data} />
        )}
      </section>
      {space.kind === SpaceKind.Clpe && <ToolsPanel spaceId={space.id} />}
      {member && <ReviewSettingPanel space={space} canManage={canManage} />}
      {member && <MembersPanel spaceId={space.id} canManage={canManage} canSignOut={admin} />}
      {canManage && <InvitationsPanel spaceId={space.id} />}
    </div>
  )
}

function FilteredDocuments(props: { documents: readonly DocumentView[] }): ReactNode {
  const [filters, setFilters] = useState<DocumentFilterValues>(NO_FILTERS)
  const shown = filterDocuments(props.documents, filters)
  return (
    <>
      <DocumentFilters documents={props.documents} value={filters} onChange={setFilters} />
      {shown.length === 0 ? <p>{spaceTexts.noMatch}</p> : <DocumentList documents={shown} />}
    </>
  )
}
