import { useId, type ReactNode } from 'react'
import type { SpaceView } from '@maillage/protocol'
import {
  EXCHANGE_STATUS_OPTIONS,
  EXCHANGE_THEME_OPTIONS,
  EXCHANGE_TYPE_OPTIONS,
  type ChoiceOption,
} from '@maillage/schema'
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
      <Filter
        label={exchangeTexts.type}
        options={EXCHANGE_TYPE_OPTIONS}
        value={filters.type}
        onChange={set('type')}
      />
      <Filter
        label={exchangeTexts.status}
        options={EXCHANGE_STATUS_OPTIONS}
        value={filters.statut}
        onChange={set('statut')}
      />
      <Filter
        label={exchangeTexts.theme}
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

function Filter(props: {
  label: string
  options: readonly ChoiceOption[]
  value: string
  onChange: (value: string) => void
}): ReactNode {
  const id = useId()
  return (
    <div className="champ">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        onChange={(event) => {
          props.onChange(event.target.value)
        }}
      >
        <option value="">{exchangeTexts.all}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}
