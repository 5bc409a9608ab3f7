import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useApi } from './ApiProvider.tsx'
import { addMeasurement, type MeasurementInput } from './measurementsApi.ts'
import { queryKeys } from './queryKeys.ts'

/**
 * Adds a measurement to one indicator of a fiche action; on success the dashboards are asked
 * again (the fiche itself updates through its Y.Doc).
 */
export function useAddMeasurement(documentId: string, indicatorId: string) {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: MeasurementInput) =>
      addMeasurement(api, { documentId, indicatorId }, input),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.pilotage }),
  })
}
