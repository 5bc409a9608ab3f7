import { useEffect, useState, type ReactNode } from 'react'
import { useSearchParams } from 'react-router'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { useFocusRequest } from '../../ui/useFocusRequest.ts'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { veilleTexts } from './texts.ts'
import { useVeilleChange, useVeilleList } from './useVeille.ts'
import { VEILLE_FILTER_KEYS, type VeilleFilters } from './veilleApi.ts'
import { VeilleFeedPanel } from './VeilleFeedPanel.tsx'
import { VeilleFiltersForm } from './VeilleFiltersForm.tsx'
import { VeilleImportForm } from './VeilleImportForm.tsx'
import { VeilleItemCard } from './VeilleItemCard.tsx'
import { VeilleItemForm } from './VeilleItemForm.tsx'
import '../../styles/veille.css'

const PROPOSE_BUTTON_ID = 'proposer-element-veille'

/**
 * The veille: its items filtered by thématique, territoire, source, période and (regional team)
 * statut, the filters kept in the address so that a filtered list can be shared; the form to
 * propose an item; for the regional team the curation buttons and the import of a feed; the
 * personal addresses of the Atom and RSS feeds. `?element=<id>` brings one item into view.
 */
export function VeillePage(): ReactNode {
  usePageTitle(veilleTexts.title)
  const [params, setParams] = useSearchParams()
  const filters: VeilleFilters = {
    thematique: params.get('thematique') ?? '',
    territoire: params.get('territoire') ?? '',
    source: params.get('source') ?? '',
    du: params.get('du') ?? '',
    au: params.get('au') ?? '',
    statut: params.get('statut') ?? '',
  }
  const highlighted = params.get('element')
  const list = useVeilleList(filters)
  const propose = useVeilleChange()
  const [proposing, setProposing] = useState(false)
  const [announcement, setAnnouncement] = useState('')
  // The form closed (sent or cancelled): the focus goes back to the button that opened it.
  const requestFocus = useFocusRequest()
  const filtered = VEILLE_FILTER_KEYS.some((key) => filters[key] !== '')

  function handleFilters(next: VeilleFilters): void {
    const query = new URLSearchParams()
    for (const key of VEILLE_FILTER_KEYS) if (next[key] !== '') query.set(key, next[key])
    setParams(query, { replace: true })
  }

  // An item named in the address (a link from a duplicate, a feed, the lettre) gets the focus.
  const loaded = list.data !== undefined
  useEffect(() => {
    if (!loaded || highlighted === null) return
    document.getElementById(`veille-${highlighted}`)?.focus()
  }, [loaded, highlighted])

  return (
    <div className="page-veille">
      <h1 tabIndex={-1}>{veilleTexts.title}</h1>
      <p className="introduction">{veilleTexts.intro}</p>
      <p role="status" className="succes annonce-veille">
        {announcement}
      </p>
      {list.data?.canPropose === true && !proposing && (
        <p className="actions-page">
          <button
            id={PROPOSE_BUTTON_ID}
            type="button"
            className="bouton-principal"
            onClick={() => {
              propose.reset()
              setProposing(true)
            }}
          >
            {veilleTexts.propose}
          </button>
        </p>
      )}
      {proposing && (
        <VeilleItemForm
          heading={veilleTexts.proposeHeading}
          intro={veilleTexts.proposeIntro}
          submitLabel={veilleTexts.submitPropose}
          pending={propose.isPending}
          error={propose.error}
          onSubmit={(body) => {
            propose.mutate(
              { kind: 'propose', body },
              {
                onSuccess: () => {
                  setProposing(false)
                  requestFocus(PROPOSE_BUTTON_ID)
                  setAnnouncement(veilleTexts.proposed(body.title))
                },
              },
            )
          }}
          onCancel={() => {
            setProposing(false)
            requestFocus(PROPOSE_BUTTON_ID)
          }}
        />
      )}
      <VeilleFiltersForm
        filters={filters}
        canCurate={list.data?.canCurate === true}
        onChange={handleFilters}
      />
      {list.isPending && <Loading label={veilleTexts.loading} />}
      {list.isError && <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />}
      {list.data !== undefined && (
        <>
          <p role="status" className="aide">
            {veilleTexts.count(list.data.items.length, list.data.total)}
          </p>
          {list.data.items.length === 0 ? (
            <p>{filtered ? veilleTexts.noneFiltered : veilleTexts.none}</p>
          ) : (
            <ul className="liste-veille" aria-label={veilleTexts.listLabel}>
              {list.data.items.map((item) => (
                <VeilleItemCard
                  key={item.id}
                  item={item}
                  highlighted={item.id === highlighted}
                  onAnnounce={setAnnouncement}
                />
              ))}
            </ul>
          )}
        </>
      )}
      <div className="annexes-veille">
        {list.data?.canCurate === true && <VeilleImportForm />}
        <VeilleFeedPanel filters={filters} />
      </div>
    </div>
  )
}
