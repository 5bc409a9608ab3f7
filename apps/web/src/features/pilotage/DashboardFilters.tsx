import type { ReactNode } from 'react'
import { PUBLIC_OPTIONS, THEMATIQUE_OPTIONS, type PilotageFilters } from '@maillage/schema'
import { SelectFilter } from '../../ui/SelectFilter.tsx'
import { pilotageTexts } from './texts.ts'

/** The thématique and public filters of a dashboard; each change applies at once. */
export function DashboardFilters(props: {
  filters: PilotageFilters
  onChange: (name: 'thematique' | 'public', value: string) => void
}): ReactNode {
  return (
    <fieldset className="filtres">
      <legend>{pilotageTexts.filtersLegend}</legend>
      <SelectFilter
        label={pilotageTexts.thematique}
        options={THEMATIQUE_OPTIONS}
        value={props.filters.thematique ?? ''}
        allLabel={pilotageTexts.allThematiques}
        onChange={(value) => {
          props.onChange('thematique', value)
        }}
      />
      <SelectFilter
        label={pilotageTexts.public}
        options={PUBLIC_OPTIONS}
        value={props.filters.public ?? ''}
        allLabel={pilotageTexts.allPublics}
        onChange={(value) => {
          props.onChange('public', value)
        }}
      />
    </fieldset>
  )
}
