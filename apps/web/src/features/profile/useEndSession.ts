import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import { useApi } from '../../api/ApiProvider.tsx'
import type { ApiClient } from '../../api/ApiClient.ts'
import { queryKeys } from '../../api/queryKeys.ts'
import { clearLocalCopies } from '../../collaboration/index.ts'

/**
 * An action that ends this browser's session on the server (« me déconnecter partout », the
 * deletion of one's account): once it succeeded, the cached answers and the local copies of
 * documents are forgotten, as at « Se déconnecter », and the browser goes to `then`.
 */
export function useEndSession<Input>(
  action: (api: ApiClient, input: Input) => Promise<void>,
  then: string,
) {
  const api = useApi()
  const client = useQueryClient()
  const navigate = useNavigate()
  return useMutation({
    mutationFn: async (input: Input) => {
      await action(api, input)
      await clearLocalCopies()
    },
    // Leaving the signed-in pages before the session is forgotten, so that the page asking for a
    // session does not first send the person to the connexion page with a return address.
    onSuccess: async () => {
      await navigate(then, { replace: true })
      client.clear()
      client.setQueryData(queryKeys.session, null)
    },
  })
}
