import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { ApiError } from '../../api/ApiError.ts'
import { useApi } from '../../api/ApiProvider.tsx'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { toolboxTexts } from './texts.ts'
import { listUsages } from './toolboxApi.ts'

/**
 * On a CLPE's page: the tools of the boîte à outils it says it uses, with its ratings. Shown to
 * those the server lets see them (its members and the regional team); nothing for the others.
 */
export function SpaceToolsPanel(props: { spaceId: string }): ReactNode {
  const api = useApi()
  const usages = useQuery({
    queryKey: ['toolbox', 'usage', props.spaceId],
    queryFn: () => listUsages(api, props.spaceId),
    retry: false,
  })
  if (usages.error instanceof ApiError && usages.error.status === 403) return null
  const used = usages.data?.filter((usage) => usage.used) ?? []
  return (
    <section className="carte" aria-labelledby="titre-outils-utilises">
      <h2 id="titre-outils-utilises">{toolboxTexts.spaceToolsHeading}</h2>
      {usages.isPending && <Loading label={toolboxTexts.loading} />}
      {usages.isError && <ErrorNotice error={usages.error} />}
      {usages.data !== undefined && used.length === 0 && <p>{toolboxTexts.spaceToolsNone}</p>}
      {used.length > 0 && (
        <ul className="liste-documents">
          {used.map((usage) => (
            <li key={usage.documentId} className="element-document">
              <Link className="lien-document" to={`/documents/${usage.documentId}`}>
                {usage.toolTitle}
              </Link>
              <span className="derniere-modification">
                {toolboxTexts.usefulness} {toolboxTexts.level(usage.usefulness)} ·{' '}
                {toolboxTexts.ease} {toolboxTexts.level(usage.ease)}
              </span>
              {usage.comment !== '' && <span className="contexte">« {usage.comment} »</span>}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/boite-a-outils">{toolboxTexts.pageTitle}</Link>
      </p>
    </section>
  )
}
