import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router'
import { ApiClient } from './api/ApiClient.ts'
import { ApiError } from './api/ApiError.ts'
import { ApiProvider } from './api/ApiProvider.tsx'
import { createRouter } from './app/router.tsx'
import './styles/app.css'

const queryClient = new QueryClient({
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

const root = document.getElementById('racine')
if (root === null) throw new Error('index.html has no #racine element')
createRoot(root).render(
  <StrictMode>
    <ApiProvider client={new ApiClient()}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={createRouter()} />
      </QueryClientProvider>
    </ApiProvider>
  </StrictMode>,
)
