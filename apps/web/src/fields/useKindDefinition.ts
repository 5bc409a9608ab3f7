import { useQuery } from '@tanstack/react-query'
import { loadKindDefinition, type KindDefinition } from '@maillage/schema'

/**
 * The definition of a document kind (fields, statuses, quality check), loaded with that kind's
 * code only: null until it is there. A document's text does not wait for it; its fields panel
 * does. If the code cannot be loaded, the error goes to the screen's error boundary, which
 * offers to try again, as for a screen's own code.
 */
export function useKindDefinition(kind: string): KindDefinition | null {
  const { data } = useQuery({
    queryKey: ['kind-definition', kind],
    queryFn: () => loadKindDefinition(kind),
    // Code does not change while the page is open.
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    throwOnError: true,
  })
  return data ?? null
}
