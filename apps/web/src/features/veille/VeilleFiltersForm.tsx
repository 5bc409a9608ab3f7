import { useId, useState, type ReactNode } from 'react'
import { THEMATIQUE_OPTIONS } from '@maillage/schema'
import { SelectFilter } from '../../ui/SelectFilter.tsx'
import { veilleTexts } from './texts.ts'
import type { VeilleFilters } from './veilleApi.ts'
import { CLPE_TERRITORY_OPTIONS, WIDE_TERRITORY_OPTIONS } from './veilleTerritoryOptions.ts'

const STATUS_OPTIONS = (['propose', 'publie', 'ecarte'] as const).map((value) => ({
  value,
  label: veilleTexts.statusLabels[value],
}))

const NO_FILTERS: VeilleFilters = {
  thematique: '',
  territoire: '',
  source: '',
  du: '',
  au: '',
  statut: '',
}

/**
 * The filters of the veille: thématique, territoire, source, période and — for the regional team —
 * statut. Selects and dates apply at once; the source applies with its button (or Entrée), so that
 * the list does not reload at each letter typed.
 */
export function VeilleFiltersForm(props: {
  filters: VeilleFilters
  canCurate: boolean
  onChange: (filters: VeilleFilters) => void
}): ReactNode {
  const { filters, onChange } = props
  const [source, setSource] = useState(filters.source)
  const ids = { territory: useId(), source: useId(), from: useId(), to: useId() }
  const set = (key: keyof VeilleFilters) => (value: string) => {
    onChange({ ...filters, [key]: value })
  }
  const filtered = Object.values(filters).some((value) => value !== '')
  return (
    <form
      className="filtres"
      role="search"
      aria-label={veilleTexts.filters}
      onSubmit={(event) => {
        event.preventDefault()
        set('source')(source.trim())
      }}
    >
      <SelectFilter
        label={veilleTexts.thematique}
        allLabel={veilleTexts.all}
        options={THEMATIQUE_OPTIONS}
        value={filters.thematique}
        onChange={set('thematique')}
      />
      <div className="champ">
        <label htmlFor={ids.territory}>{veilleTexts.territoire}</label>
        <select
          id={ids.territory}
          value={filters.territoire}
          onChange={(event) => {
            set('territoire')(event.target.value)
          }}
        >
          <option value="">{veilleTexts.allTerritories}</option>
          {WIDE_TERRITORY_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
          <optgroup label={veilleTexts.clpeGroup}>
            {CLPE_TERRITORY_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <div className="champ">
        <label htmlFor={ids.source}>{veilleTexts.source}</label>
        <p className="aide" id={`${ids.source}-aide`}>
          {veilleTexts.sourceHint}
        </p>
        <span className="champ-avec-bouton">
          <input
            id={ids.source}
            type="search"
            maxLength={200}
            value={source}
            aria-describedby={`${ids.source}-aide`}
            onChange={(event) => {
              setSource(event.target.value)
            }}
          />
          <button type="submit" className="bouton-secondaire">
            {veilleTexts.applySource}
          </button>
        </span>
      </div>
      <div className="champ">
        <label htmlFor={ids.from}>{veilleTexts.from}</label>
        <input
          id={ids.from}
          type="date"
          value={filters.du}
          onChange={(event) => {
            set('du')(event.target.value)
          }}
        />
      </div>
      <div className="champ">
        <label htmlFor={ids.to}>{veilleTexts.to}</label>
        <input
          id={ids.to}
          type="date"
          value={filters.au}
          onChange={(event) => {
            set('au')(event.target.value)
          }}
        />
      </div>
      {props.canCurate && (
        <SelectFilter
          label={veilleTexts.status}
          allLabel={veilleTexts.allStatuses}
          options={STATUS_OPTIONS}
          value={filters.statut}
          onChange={set('statut')}
        />
      )}
      {filtered && (
        <button
          type="button"
          className="bouton-secondaire"
          onClick={() => {
            setSource('')
            onChange(NO_FILTERS)
          }}
        >
          {veilleTexts.resetFilters}
        </button>
      )}
    </form>
  )
}
