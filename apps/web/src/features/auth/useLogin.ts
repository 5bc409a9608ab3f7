import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useApi } from '../../api/ApiProvider.tsx'
import { queryKeys } from '../../api/queryKeys.ts'

/** Signs in with an email and a password, then reloads the session. */
export function useLogin() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { email: string; password: string }) =>
      api.login(input.email, input.password),
    onSuccess: async () => {
      client.clear()
      await client.query({ queryKey: queryKeys.session, queryFn: () => api.getSession() })
    },
  })
}
