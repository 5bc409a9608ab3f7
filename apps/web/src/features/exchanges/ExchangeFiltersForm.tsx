import { useId, type ReactNode } from 'react'
import type { SpaceView } from '@maillage/protocol'
import {
  EXCHANGE_STATUS_OPTIONS,
  EXCHANGE_THEME_OPTIONS,
  EXCHANGE_TYPE_OPTIONS,
} from '@maillage/schema'
import { SelectFilter } from '../../ui/SelectFilter.tsx'
import type { ExchangeFilters } from './exchangesApi.ts'
import { groupByDepartement } from './groupByDepartement.ts'
import { exchangeTexts } from './texts.ts'

/** The filters of the list of threads: type, status, theme and CLPE concerned. */
export function ExchangeFiltersForm(props: {
  filters: ExchangeFilters
  clpe: readonly SpaceView[]
  onChange: (filters: ExchangeFilters) => void
}): ReactNode {
  const { filters, onChange } = props
  const set = (key: keyof ExchangeFilters) => (value: string) => {
    onChange({ ...filters, [key]: value })
  }
  const territoryId = useId()
  const groups = groupByDepartement(props.clpe, (space) => space.territory?.departement)
  const filtered = Object.values(filters).some((value) => value !== '')
  return (
    <form
      className="filtres"
      role="search"
      aria-label={exchangeTexts.filters}
      onSubmit={(event) => {
        event.preventDefault()
      }}
    >
      <SelectFilter
        label={exchangeTexts.type}
        allLabel={exchangeTexts.all}
        options={EXCHANGE_TYPE_OPTIONS}
        value={filters.type}
        onChange={set('type')}
      />
      <SelectFilter
        label={exchangeTexts.status}
        allLabel={exchangeTexts.all}
        options={EXCHANGE_STATUS_OPTIONS}
        value={filters.statut}
        onChange={set('statut')}
      />
      <SelectFilter
        label={exchangeTexts.theme}
        allLabel={exchangeTexts.all}
        options={EXCHANGE_THEME_OPTIONS}
        value={filters.theme}
        onChange={set('theme')}
      />
      <div className="champ">
        <label htmlFor={territoryId}>{exchangeTexts.territory}</label>
        <select
          id={territoryId}
          value={filters.territoire}
          onChange={(event) => {
            set('territoire')(event.target.value)
          }}
        >
          <option value="">{exchangeTexts.all}</option>
          {groups.map((group) => (
            <optgroup key={group.code} label={group.label}>
              {group.items.map((space) => (
                <option key={space.id} value={space.id}>
                  {space.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      {filtered && (
        <button
          type="button"
          className="bouton-secondaire"
          onClick={() => {
            onChange({ type: '', statut: '', theme: '', territoire: '' })
          }}
        >
          {exchangeTexts.resetFilters}
        </button>
      )}
    </form>
  )
}
