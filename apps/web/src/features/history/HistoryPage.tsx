import { useQuery } from '@tanstack/react-query'
import { useRef, useState, type ReactNode } from 'react'
import { Link, useParams } from 'react-router'
import { useApi } from '../../api/ApiProvider.tsx'
import { queryKeys } from '../../api/queryKeys.ts'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { CompareForm } from './CompareForm.tsx'
import { NameVersionForm } from './NameVersionForm.tsx'
import { VersionContentPanel } from './VersionContentPanel.tsx'
import { VersionDiffPanel } from './VersionDiffPanel.tsx'
import { VersionItem } from './VersionItem.tsx'
import { historyTexts as texts } from './texts.ts'
import { useRestoreVersion, useVersions } from './useVersionHistory.ts'
import '../../styles/history.css'

/** What the right-hand panel shows: one version, or a comparison of two. */
type Shown =
  | { readonly kind: 'version'; readonly versionId: string }
  | { readonly kind: 'comparison'; readonly from: string; readonly to: string }
  | null

/**
 * `/documents/:documentId/historique`: the versions of a document, newest first, with their
 * kind, name and authors; view one read-only, compare two (or one with the current state), and,
 * for its editors, name the current state and restore a version after a confirmation.
 */
export function HistoryPage(): ReactNode {
  const { documentId = '' } = useParams()
  const api = useApi()
  const record = useQuery({
    queryKey: queryKeys.document(documentId),
    queryFn: () => api.getDocument(documentId),
  })
  const versions = useVersions(documentId)
  const restore = useRestoreVersion(documentId)
  const [shown, setShown] = useState<Shown>(null)
  const [confirming, setConfirming] = useState<string | null>(null)
  const [restored, setRestored] = useState<string | null>(null)
  const announcement = useRef<HTMLParagraphElement>(null)
  const title = record.data?.title ?? ''
  usePageTitle(title === '' ? texts.pageTitle : texts.pageTitleOf(title))

  if (record.isPending) return <Loading label={texts.loading} />
  if (record.isError) {
    return (
      <ErrorNotice
        error={record.error}
        onRetry={() => {
          void record.refetch()
        }}
      />
    )
  }
  const canWrite = record.data.access === 'write'
  const list = versions.data ?? []

  function show(next: Shown): void {
    setShown(next)
    // The panel's heading takes the focus once shown, so that its content is read next.
    requestAnimationFrame(() => {
      document
        .getElementById(next?.kind === 'version' ? 'titre-version-affichee' : 'titre-comparaison')
        ?.focus()
    })
  }

  function handleConfirmRestore(versionId: string, createdAt: string): void {
    setRestored(null)
    restore.mutate(versionId, {
      onSuccess: () => {
        setConfirming(null)
        setRestored(texts.restored(createdAt))
        setShown(null)
        announcement.current?.focus()
      },
    })
  }

  return (
    <div className="page-historique">
      <nav aria-label="Fil d’Ariane" className="fil-ariane">
        <ol>
          <li>
            <Link to="/">Accueil</Link>
          </li>
          <li>
            <Link to={`/documents/${encodeURIComponent(documentId)}`}>
              {title === '' ? texts.backToDocument : title}
            </Link>
          </li>
          <li aria-current="page">{texts.pageTitle}</li>
        </ol>
      </nav>
      <h1 tabIndex={-1}>{texts.pageTitle}</h1>
      <p>{texts.intro}</p>
      <p ref={announcement} tabIndex={-1} role="status" className="annonce-historique">
        {restored ?? ''}
      </p>
      {canWrite && <NameVersionForm documentId={documentId} />}
      <div className="historique">
        <section className="liste-versions" aria-labelledby="titre-versions">
          <h2 id="titre-versions">{texts.listHeading}</h2>
          {versions.isPending && <Loading label={texts.loading} />}
          {versions.isError && (
            <ErrorNotice
              error={versions.error}
              onRetry={() => {
                void versions.refetch()
              }}
            />
          )}
          {restore.isError && <ErrorNotice error={restore.error} />}
          {versions.isSuccess && list.length === 0 && <p>{texts.empty}</p>}
          {list.length > 0 && (
            <ol aria-label={texts.listLabel}>
              {list.map((version, index) => {
                const previous = list[index + 1]
                return (
                  <VersionItem
                    key={version.id}
                    version={version}
                    hasPrevious={previous !== undefined}
                    canRestore={canWrite}
                    selected={shown?.kind === 'version' && shown.versionId === version.id}
                    confirming={confirming === version.id}
                    restoring={restore.isPending}
                    onView={() => {
                      show({ kind: 'version', versionId: version.id })
                    }}
                    onCompareWithPrevious={() => {
                      if (previous !== undefined) {
                        show({ kind: 'comparison', from: previous.id, to: version.id })
                      }
                    }}
                    onAskRestore={() => {
                      setConfirming(version.id)
                    }}
                    onConfirmRestore={() => {
                      handleConfirmRestore(version.id, version.createdAt)
                    }}
                    onCancelRestore={() => {
                      setConfirming(null)
                    }}
                  />
                )
              })}
            </ol>
          )}
        </section>
        <div className="panneau-version">
          {list.length > 0 && (
            <CompareForm
              versions={list}
              pair={shown?.kind === 'comparison' ? { from: shown.from, to: shown.to } : null}
              onCompare={(pair) => {
                show({ kind: 'comparison', ...pair })
              }}
            />
          )}
          {shown?.kind === 'version' && (
            <VersionContentPanel documentId={documentId} versionId={shown.versionId} />
          )}
          {shown?.kind === 'comparison' && (
            <VersionDiffPanel documentId={documentId} from={shown.from} to={shown.to} />
          )}
        </div>
      </div>
    </div>
  )
}
