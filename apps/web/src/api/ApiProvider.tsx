import { createContext, use, type ReactNode } from 'react'
import type { ApiClient } from './ApiClient.ts'

const ApiContext = createContext<ApiClient | null>(null)

/** Makes the app's single {@link ApiClient} available to hooks below it. */
export function ApiProvider(props: { client: ApiClient; children: ReactNode }): ReactNode {
  return <ApiContext value={props.client}>{props.children}</ApiContext>
}

/** The app's API client; only hooks call it, never components directly. */
export function useApi(): ApiClient {
  const client = use(ApiContext)
  if (client === null) throw new Error('useApi must be used below <ApiProvider>')
  return client
}
