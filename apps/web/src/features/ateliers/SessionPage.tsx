import type { ReactNode } from 'react'
import { useParams } from 'react-router'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { useSession } from '../../api/useSession.ts'
import { SessionRoom } from './SessionRoom.tsx'
import { sessionTexts } from './texts.ts'
import { useAtelier } from './useAteliers.ts'
import '../../styles/ateliers.css'

/** The live session of an atelier: its agenda, the shared notes and the wall of contributions. */
export function SessionPage(): ReactNode {
  const { atelierId = '' } = useParams()
  const { session } = useSession()
  const atelier = useAtelier(atelierId)
  usePageTitle(sessionTexts.pageTitle(atelier.data?.title ?? ''))
  if (atelier.isPending) return <Loading label={sessionTexts.loading} />
  if (atelier.isError || session == null) {
    return <ErrorNotice error={atelier.error} onRetry={() => void atelier.refetch()} />
  }
  const { can, registration } = atelier.data
  const writable = can.facilitate || registration?.status === 'inscrit'
  // The server grants write access when the connection opens: registering opens a new one.
  return (
    <SessionRoom
      key={writable ? 'participation' : 'lecture'}
      atelier={atelier.data}
      account={session.account}
      writable={writable}
    />
  )
}
