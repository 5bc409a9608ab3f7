import type { ReactNode } from 'react'
import { Navigate, Outlet, useLocation } from 'react-router'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { sessionTexts } from './sessionTexts.ts'
import { useSession } from '../../api/useSession.ts'

/** Shows its child routes to signed-in people; sends everyone else to the connexion page. */
export function RequireSession(): ReactNode {
  const { session, isPending, error, refetch } = useSession()
  const location = useLocation()
  if (isPending) return <Loading label={sessionTexts.checkingSession} />
  if (session === undefined) return <ErrorNotice error={error} onRetry={refetch} />
  if (session === null) {
    const back = `${location.pathname}${location.search}`
    const search = back === '/' ? '' : `?retour=${encodeURIComponent(back)}`
    return <Navigate to={`/connexion${search}`} replace />
  }
  return <Outlet />
}
