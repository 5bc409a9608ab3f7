import type { ReactNode } from 'react'
import { PUBLIC_OPTIONS, THEMATIQUE_OPTIONS, territories } from '@maillage/schema'
import { SelectFilter } from '../../ui/SelectFilter.tsx'
import { regionalTexts } from './regionalTexts.ts'

/** The filters of the regional view, as kept in the page's address; `''` means all. */
export interface RegionalFilterValues {
  readonly thematique: string
  readonly public: string
  readonly departement: string
}

const DEPARTEMENT_OPTIONS = territories.departements.map((departement) => ({
  value: departement.code,
  label: `${departement.name} (${departement.code})`,
}))

/**
 * Thématique and public (computed by the server) and département (a choice of rows). Each change
 * names only its own filter, so that two quick changes never undo one another.
 */
export function RegionalFilters(props: {
  values: RegionalFilterValues
  onChange: (name: keyof RegionalFilterValues, value: string) => void
  onReset: () => void
}): ReactNode {
  const { values, onChange } = props
  const filtered = values.thematique !== '' || values.public !== '' || values.departement !== ''
  return (
    <fieldset className="filtres">
      <legend>{regionalTexts.filtersLegend}</legend>
      <SelectFilter
        label={regionalTexts.thematique}
        options={THEMATIQUE_OPTIONS}
        value={values.thematique}
        allLabel={regionalTexts.allThematiques}
        onChange={(value) => {
          onChange('thematique', value)
        }}
      />
      <SelectFilter
        label={regionalTexts.public}
        options={PUBLIC_OPTIONS}
        value={values.public}
        allLabel={regionalTexts.allPublics}
        onChange={(value) => {
          onChange('public', value)
        }}
      />
      <SelectFilter
        label={regionalTexts.departement}
        options={DEPARTEMENT_OPTIONS}
        value={values.departement}
        allLabel={regionalTexts.allDepartements}
        onChange={(value) => {
          onChange('departement', value)
        }}
      />
      {filtered && (
        <button type="button" className="bouton-secondaire" onClick={props.onReset}>
          {regionalTexts.resetFilters}
        </button>
      )}
    </fieldset>
  )
}
