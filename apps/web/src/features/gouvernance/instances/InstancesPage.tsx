import { useState, type ReactNode } from 'react'
import { Link } from 'react-router'
import type { InstanceSummaryView } from '@maillage/protocol'
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx'
import { Loading } from '../../../ui/Loading.tsx'
import { usePageTitle } from '../../../ui/usePageTitle.ts'
import { instancesTexts as texts, KIND_LABELS, PROFILE_LABELS } from './texts.ts'
import { useInstances } from './useInstances.ts'

function InstanceCard(props: { instance: InstanceSummaryView }): ReactNode {
  const { instance } = props
  return (
    <li className="carte">
      <h3>
        <Link to={`/gouvernance/instances/${encodeURIComponent(instance.id)}`}>
          {instance.name}
        </Link>
      </h3>
      <p className="surtitre">{KIND_LABELS[instance.kind]}</p>
      <p>
        {texts.members(instance.activeMembers)} — {texts.quorum(instance.quorum)}
      </p>
      {instance.clpeProfile !== undefined && (
        <p>
          {texts.profile} : {PROFILE_LABELS[instance.clpeProfile]}
        </p>
      )}
    </li>
  )
}

/** « Instances »: the regional instances, then the plénières and bureaux of the CLPE one may read. */
export function InstancesPage(): ReactNode {
  usePageTitle(texts.listTitle)
  const instances = useInstances()
  const [search, setSearch] = useState('')
  if (instances.isPending) return <Loading label={texts.loading} />
  if (instances.isError) {
    return <ErrorNotice error={instances.error} onRetry={() => void instances.refetch()} />
  }
  const needle = search.trim().toLocaleLowerCase('fr')
  const clpe = instances.data.clpe.filter(
    (instance) => needle === '' || instance.name.toLocaleLowerCase('fr').includes(needle),
  )
  return (
    <div className="page-instances">
      <h1 tabIndex={-1}>{texts.listTitle}</h1>
      <p className="introduction">{texts.listIntro}</p>
      <section aria-labelledby="instances-regionales">
        <h2 id="instances-regionales">{texts.regional}</h2>
        <ul className="liste-instances">
          {instances.data.regional.map((instance) => (
            <InstanceCard key={instance.id} instance={instance} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="instances-clpe">
        <h2 id="instances-clpe">{texts.clpe}</h2>
        {instances.data.clpe.length === 0 ? (
          <p>{texts.noClpe}</p>
        ) : (
          <>
            {instances.data.clpe.length > 4 && (
              <div className="champ">
                <label htmlFor="recherche-instance-clpe">{texts.clpeFilter}</label>
                <input
                  id="recherche-instance-clpe"
                  type="search"
                  value={search}
                  onChange={(event) => {
                    setSearch(event.target.value)
                  }}
                />
              </div>
            )}
            <p role="status" className="visuellement-cache">
              {needle === '' ? '' : `${clpe.length} instance(s)`}
            </p>
            {clpe.length === 0 ? (
              <p>{texts.noMatch}</p>
            ) : (
              <ul className="liste-instances">
                {clpe.map((instance) => (
                  <InstanceCard key={instance.id} instance={instance} />
                ))}
              </ul>
            )}
          </>
        )}
      </section>
    </div>
  )
}
