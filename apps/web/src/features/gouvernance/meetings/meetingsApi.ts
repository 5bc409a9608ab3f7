import type {
  DocumentView,
  MeetingAttendanceBody,
  MeetingCloseView,
  MeetingConvocationView,
  MeetingCreateBody,
  MeetingListView,
  MeetingUpdateBody,
  MeetingView,
} from '@maillage/protocol'
import { enc, type ApiClient } from '../../../api/ApiClient.ts'

const SEANCES = '/api/gouvernance/seances'

/** The séances one may read, and the instances one may create séances for. */
export function listMeetings(api: ApiClient): Promise<MeetingListView> {
  return api.request<MeetingListView>('GET', SEANCES)
}

/** One séance, as the signed-in person may see it. */
export function getMeeting(api: ApiClient, id: string): Promise<MeetingView> {
  return api.request<MeetingView>('GET', `${SEANCES}/${enc(id)}`)
}

/** The id of the séance whose document is `documentId` (for the séance's readers). */
export async function meetingIdOfDocument(api: ApiClient, documentId: string): Promise<string> {
  const found = await api.request<{ meetingId: string }>(
    'GET',
    `${SEANCES}/document/${enc(documentId)}`,
  )
  return found.meetingId
}

/** Creates a séance (the instance's managers). */
export function createMeeting(api: ApiClient, body: MeetingCreateBody): Promise<MeetingView> {
  return api.request<MeetingView>('POST', SEANCES, body)
}

/** Changes a séance's schedule, place, visio link or title (managers). */
export function updateMeeting(
  api: ApiClient,
  id: string,
  body: MeetingUpdateBody,
): Promise<MeetingView> {
  return api.request<MeetingView>('PATCH', `${SEANCES}/${enc(id)}`, body)
}

/** Convenes the members (managers). */
export function convokeMeeting(api: ApiClient, id: string): Promise<MeetingConvocationView> {
  return api.request<MeetingConvocationView>('POST', `${SEANCES}/${enc(id)}/convocation`)
}

/** Opens the séance (managers). */
export function openMeeting(api: ApiClient, id: string): Promise<MeetingView> {
  return api.request<MeetingView>('POST', `${SEANCES}/${enc(id)}/ouverture`)
}

/** Records one member's attendance. */
export function recordAttendance(
  api: ApiClient,
  id: string,
  body: MeetingAttendanceBody,
): Promise<MeetingView> {
  return api.request<MeetingView>('PUT', `${SEANCES}/${enc(id)}/presences`, body)
}

/** Closes the séance: its decisions go to the register (managers). */
export function closeMeeting(api: ApiClient, id: string): Promise<MeetingCloseView> {
  return api.request<MeetingCloseView>('POST', `${SEANCES}/${enc(id)}/cloture`)
}

/** The documents one may attach to the séance or name in its decisions. */
export async function listAttachableDocuments(
  api: ApiClient,
  id: string,
): Promise<readonly DocumentView[]> {
  const answer = await api.request<{ documents: DocumentView[] }>(
    'GET',
    `${SEANCES}/${enc(id)}/documents-joignables`,
  )
  return answer.documents
}

/** The address of the séance's calendar file, for a download link. */
export function meetingIcsPath(id: string): string {
  return `${SEANCES}/${enc(id)}/seance.ics`
}
