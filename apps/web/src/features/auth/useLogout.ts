import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useApi } from '../../api/ApiProvider.tsx'
import { queryKeys } from '../../api/queryKeys.ts'
import { clearLocalCopies } from '../../collaboration/index.ts'

/**
 * Signs out: ends the session on the server, then forgets every cached answer and the local
 * copies of documents kept for offline work, so the next person on this computer sees nothing.
 * Resolves with the URL of the logout at ProConnect for a session opened there (the caller sends
 * the browser to it), else null.
 */
export function useLogout() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: async () => {
      const logoutUrl = await api.logout()
      await clearLocalCopies()
      return logoutUrl
    },
    onSuccess: () => {
      client.clear()
      client.setQueryData(queryKeys.session, null)
    },
  })
}
