import { useQuery } from '@tanstack/react-query'
import { useApi } from '../../api/ApiProvider.tsx'

/** What `GET /api/session/options` answers: the ways of signing in besides the password. */
export interface SessionOptionsView {
  /** The OpenID provider the login page offers (ProConnect), or null when none is configured. */
  readonly oidc: { readonly label: string } | null
}

const SESSION_OPTIONS_KEY = ['session-options'] as const

/** The ways of signing in this server offers; undefined while they load or when they failed. */
export function useSessionOptions(): SessionOptionsView | undefined {
  const api = useApi()
  const query = useQuery({
    queryKey: SESSION_OPTIONS_KEY,
    queryFn: () => api.request<SessionOptionsView>('GET', '/api/session/options'),
    staleTime: Infinity,
  })
  return query.data
}
