import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ApiClient } from './api/ApiClient.ts'
import { ApiError, isUnauthenticated } from './api/ApiError.ts'
import { ApiProvider } from './api/ApiProvider.tsx'
import { queryKeys } from './api/queryKeys.ts'
import { AppRouter } from './app/AppRouter.tsx'
import { AppRoutes, preloadScreen } from './app/router.tsx'
import { startEarlyRequests } from './app/startEarlyRequests.ts'
// The global stylesheets, in cascade order: keep it (later parts override earlier ones).
import './styles/app/base.css'
import './styles/app/frame.css'
import './styles/app/buildingBlocks.css'
import './styles/app/forms.css'
import './styles/app/lists.css'
import './styles/app/document.css'
import './styles/app/structuredFields.css'
import './styles/app/sidePanel.css'
import './styles/app/filters.css'
import './styles/app/longDocuments.css'
import './styles/app/toolbox.css'
import './styles/app/notifications.css'
import './styles/app/survey.css'

// An expired session anywhere sends the person back to the connexion page (see RequireSession).
function handleError(error: unknown): void {
  if (isUnauthenticated(error)) queryClient.setQueryData(queryKeys.session, null)
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: handleError }),
  mutationCache: new MutationCache({ onError: handleError }),
  defaultOptions: {
    queries: {
      // Client errors (401, 403, 404, 400) will not change by asking again.
      retry: (failures, error) =>
        failures < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: true,
      staleTime: 10_000,
    },
  },
})

const api = new ApiClient()
startEarlyRequests(queryClient, api, window.location.pathname)
const root = document.getElementById('racine')
if (root === null) throw new Error('index.html has no #racine element')
// The app is rendered once the first screen's code is there (`lazyPage` then shows it without
// suspending), or after FIRST_SCREEN_WAIT_MS: rendered sooner, the screen suspended whenever the
// session came before its code, and React reveals a boundary's content no sooner than 300 ms
// after its fallback (« Chargement de la page… » stayed that long with nothing left to wait for).
const FIRST_SCREEN_WAIT_MS = 1_000
void Promise.race([
  preloadScreen(window.location.pathname),
  new Promise((resolve) => setTimeout(resolve, FIRST_SCREEN_WAIT_MS)),
]).then(() => {
  createRoot(root).render(
    <StrictMode>
      <ApiProvider client={api}>
        <QueryClientProvider client={queryClient}>
          <AppRouter>
            <AppRoutes />
          </AppRouter>
        </QueryClientProvider>
      </ApiProvider>
    </StrictMode>,
  )
})
