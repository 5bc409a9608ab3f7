import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { PUBLIC_OPTIONS, THEMATIQUE_OPTIONS, type PilotageFilters } from '@maillage/schema'

type FilterName = 'thematique' | 'public'

const OPTIONS: Readonly<Record<FilterName, readonly { readonly value: string }[]>> = {
  thematique: THEMATIQUE_OPTIONS,
  public: PUBLIC_OPTIONS,
}

/**
 * The thématique and public filters of a dashboard, kept in the address (`?thematique=…&public=…`)
 * so that a filtered view can be bookmarked and shared. An unknown value in the address counts as
 * no filter.
 */
export function useDashboardFilters(): {
  filters: PilotageFilters
  setFilter: (name: FilterName, value: string) => void
} {
  const [params, setParams] = useSearchParams()
  const thematique = knownValue('thematique', params.get('thematique'))
  const publicValue = knownValue('public', params.get('public'))
  const filters = useMemo(
    (): PilotageFilters => ({
      ...(thematique === '' ? {} : { thematique }),
      ...(publicValue === '' ? {} : { public: publicValue }),
    }),
    [thematique, publicValue],
  )
  const setFilter = useCallback(
    (name: FilterName, value: string) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous)
          if (value === '') next.delete(name)
          else next.set(name, value)
          return next
        },
        { replace: true },
      )
    },
    [setParams],
  )
  return { filters, setFilter }
}

function knownValue(name: FilterName, value: string | null): string {
  return value !== null && OPTIONS[name].some((option) => option.value === value) ? value : ''
}
