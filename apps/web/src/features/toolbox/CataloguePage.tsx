import { useDeferredValue, useState, type ReactNode } from 'react'
import { Link } from 'react-router'
import type { SpaceView } from '@maillage/protocol'
import {
  OUTIL_ECHELLE_OPTIONS,
  OUTIL_STATUS_OPTIONS,
  OUTIL_THEMATIQUE_OPTIONS,
  OUTIL_TYPE_OPTIONS,
  SpaceKind,
} from '@maillage/schema'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { SelectFilter } from '../../ui/SelectFilter.tsx'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { useSpaces } from '../../api/useSpaces.ts'
import { toolboxTexts } from './texts.ts'
import type { CatalogueQuery } from './toolboxApi.ts'
import { ToolCard } from './ToolCard.tsx'
import { useCatalogue } from './useToolbox.ts'

const NO_FILTER: CatalogueQuery = {
  type: '',
  theme: '',
  porteur: '',
  echelle: '',
  statut: '',
  q: '',
  sort: 'usage',
}

/** The catalogue of the boîte à outils: cards, filters, search, sorted by use. */
export function CataloguePage(): ReactNode {
  usePageTitle(toolboxTexts.pageTitle)
  const [query, setQuery] = useState<CatalogueQuery>(NO_FILTER)
  const deferred = useDeferredValue(query)
  const catalogue = useCatalogue(deferred)
  const spaces = useSpaces()
  const usageSpaces = (spaces.data ?? []).filter(canMarkUsage)
  const set = (key: keyof CatalogueQuery) => (value: string) => {
    setQuery((previous) => ({ ...previous, [key]: value }))
  }

  return (
    <div className="page-outils">
      <h1 tabIndex={-1}>{toolboxTexts.pageTitle}</h1>
      <p>{toolboxTexts.intro}</p>
      <p className="actions-page">
        <Link className="bouton-principal" to="/boite-a-outils/proposer">
          {toolboxTexts.propose}
        </Link>
        <Link to="/boite-a-outils/propositions">{toolboxTexts.proposals}</Link>
      </p>
      <form
        className="filtres"
        role="search"
        onSubmit={(event) => {
          event.preventDefault()
        }}
      >
        <div className="champ champ-large">
          <label htmlFor="recherche-outils">{toolboxTexts.search}</label>
          <input
            id="recherche-outils"
            type="search"
            value={query.q}
            aria-describedby="recherche-outils-aide"
            onChange={(event) => {
              set('q')(event.target.value)
            }}
          />
          <p className="aide" id="recherche-outils-aide">
            {toolboxTexts.searchHint}
          </p>
        </div>
        <SelectFilter
          label={toolboxTexts.type}
          allLabel={toolboxTexts.all}
          options={OUTIL_TYPE_OPTIONS}
          value={query.type}
          onChange={set('type')}
        />
        <SelectFilter
          label={toolboxTexts.theme}
          allLabel={toolboxTexts.all}
          options={OUTIL_THEMATIQUE_OPTIONS}
          value={query.theme}
          onChange={set('theme')}
        />
        <SelectFilter
          label={toolboxTexts.echelle}
          allLabel={toolboxTexts.all}
          options={OUTIL_ECHELLE_OPTIONS}
          value={query.echelle}
          onChange={set('echelle')}
        />
        <SelectFilter
          label={toolboxTexts.statut}
          allLabel={toolboxTexts.all}
          options={OUTIL_STATUS_OPTIONS}
          value={query.statut}
          onChange={set('statut')}
        />
        <div className="champ">
          <label htmlFor="porteur-outils">{toolboxTexts.porteur}</label>
          <input
            id="porteur-outils"
            value={query.porteur}
            onChange={(event) => {
              set('porteur')(event.target.value)
            }}
          />
        </div>
        <SelectFilter
          label={toolboxTexts.sort}
          options={[
            { value: 'usage', label: toolboxTexts.sortUsage },
            { value: 'title', label: toolboxTexts.sortTitle },
          ]}
          value={query.sort}
          onChange={(value) => {
            setQuery((previous) => ({ ...previous, sort: value === 'title' ? 'title' : 'usage' }))
          }}
        />
      </form>
      {catalogue.isPending && <Loading label={toolboxTexts.loading} />}
      {catalogue.isError && (
        <ErrorNotice error={catalogue.error} onRetry={() => void catalogue.refetch()} />
      )}
      {catalogue.data !== undefined && (
        <>
          <p role="status" className="aide">
            {toolboxTexts.count(catalogue.data.tools.length)}
          </p>
          {catalogue.data.tools.length === 0 ? (
            <p>{toolboxTexts.none}</p>
          ) : (
            <ul className="catalogue">
              {catalogue.data.tools.map((tool) => (
                <ToolCard key={tool.documentId} tool={tool} usageSpaces={usageSpaces} />
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  )
}

// CLPE members who edit may say what their CLPE uses.
function canMarkUsage(space: SpaceView): boolean {
  return (
    space.kind === SpaceKind.Clpe &&
    (space.myRole === 'animateur' || space.myRole === 'contributeur')
  )
}
