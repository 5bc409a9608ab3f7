import { useMutation } from '@tanstack/react-query'
import type { AvisPosition } from '@maillage/schema'
import { useApi } from '../../api/ApiProvider.tsx'
import { adoptAvis, submitAvis, takePosition, withdrawAvis } from './avisApi.ts'

// No cache to refresh after a step: the panel reads the adoption live from the document, where
// the server writes it before answering.

/** Submits the avis to adoption. */
export function useSubmitAvis(documentId: string) {
  const api = useApi()
  return useMutation({ mutationFn: () => submitAvis(api, documentId) })
}

/** Records the signed-in member's position. */
export function useTakePosition(documentId: string) {
  const api = useApi()
  return useMutation({
    mutationFn: (body: { position: AvisPosition; commentaire: string }) =>
      takePosition(api, documentId, body),
  })
}

/** Adopts the submitted version. */
export function useAdoptAvis(documentId: string) {
  const api = useApi()
  return useMutation({ mutationFn: () => adoptAvis(api, documentId) })
}

/** Takes the avis back to rédaction. */
export function useWithdrawAvis(documentId: string) {
  const api = useApi()
  return useMutation({ mutationFn: () => withdrawAvis(api, documentId) })
}
