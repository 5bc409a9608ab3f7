import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { MeetingAttendanceBody, MeetingCreateBody, MeetingView } from '@maillage/protocol'
import { useApi } from '../../../api/ApiProvider.tsx'
import {
  closeMeeting,
  convokeMeeting,
  createMeeting,
  getMeeting,
  listAttachableDocuments,
  listMeetings,
  meetingIdOfDocument,
  openMeeting,
  recordAttendance,
} from './meetingsApi.ts'

/** How often a séance is fetched again while visible: attendance and quorum move live. */
const REFRESH_INTERVAL_MS = 10_000

const keys = {
  list: ['seances', 'list'] as const,
  one: (id: string) => ['seances', 'one', id] as const,
  documents: (id: string) => ['seances', 'one', id, 'documents'] as const,
  ofDocument: (documentId: string) => ['seances', 'document', documentId] as const,
}

/** The id of the séance whose document is `documentId`. */
export function useMeetingOfDocument(documentId: string) {
  const api = useApi()
  return useQuery({
    queryKey: keys.ofDocument(documentId),
    queryFn: () => meetingIdOfDocument(api, documentId),
  })
}

/** The séances one may read. */
export function useMeetings() {
  const api = useApi()
  return useQuery({ queryKey: keys.list, queryFn: () => listMeetings(api) })
}

/** One séance, fetched again every {@link REFRESH_INTERVAL_MS} while the page is visible. */
export function useMeeting(id: string) {
  const api = useApi()
  return useQuery({
    queryKey: keys.one(id),
    queryFn: () => getMeeting(api, id),
    refetchInterval: REFRESH_INTERVAL_MS,
    refetchIntervalInBackground: false,
  })
}

/** The documents one may attach to the séance. */
export function useAttachableDocuments(id: string) {
  const api = useApi()
  return useQuery({ queryKey: keys.documents(id), queryFn: () => listAttachableDocuments(api, id) })
}

/** Creates a séance. */
export function useCreateMeeting() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: MeetingCreateBody) => createMeeting(api, body),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.list }),
  })
}

/** The actions of a séance's page; each answers the séance as it now is. */
export function useMeetingActions(id: string) {
  const api = useApi()
  const client = useQueryClient()
  const settle = (meeting: MeetingView) => {
    client.setQueryData(keys.one(id), meeting)
    void client.invalidateQueries({ queryKey: keys.list })
  }
  return {
    convoke: useMutation({
      mutationFn: () => convokeMeeting(api, id),
      onSuccess: (answer) => {
        settle(answer.meeting)
      },
    }),
    open: useMutation({ mutationFn: () => openMeeting(api, id), onSuccess: settle }),
    attendance: useMutation({
      mutationFn: (body: MeetingAttendanceBody) => recordAttendance(api, id, body),
      onSuccess: settle,
    }),
    close: useMutation({
      mutationFn: () => closeMeeting(api, id),
      onSuccess: (answer) => {
        settle(answer.meeting)
      },
    }),
  }
}
