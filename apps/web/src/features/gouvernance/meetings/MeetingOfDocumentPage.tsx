import type { ReactNode } from 'react'
import { Navigate, useParams } from 'react-router'
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx'
import { Loading } from '../../../ui/Loading.tsx'
import { usePageTitle } from '../../../ui/usePageTitle.ts'
import { meetingTexts as texts } from './texts.ts'
import { useMeetingOfDocument } from './useMeetings.ts'

/**
 * A séance's document opened by its id (from a search, a space's list, a notification): the
 * séance's page, which the server names, replacing this address in the history.
 */
export function MeetingOfDocumentPage(): ReactNode {
  const { documentId = '' } = useParams()
  const meeting = useMeetingOfDocument(documentId)
  usePageTitle(texts.loading)
  if (meeting.isPending) return <Loading label={texts.loading} />
  if (meeting.isError) {
    return <ErrorNotice error={meeting.error} onRetry={() => void meeting.refetch()} />
  }
  return <Navigate to={`/gouvernance/seances/${encodeURIComponent(meeting.data)}`} replace />
}
