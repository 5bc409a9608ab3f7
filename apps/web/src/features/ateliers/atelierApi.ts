import type {
  AtelierCreateBody,
  AtelierPatchBody,
  AtelierRegistrantView,
  AtelierSessionBody,
  AtelierSessionView,
  AtelierSummaryView,
  AtelierView,
  CalendarFeedStatusView,
  CalendarFeedView,
} from '@maillage/protocol'
import { enc, type ApiClient } from '../../api/ApiClient.ts'

/** The programme: upcoming ateliers soonest first, then past ones. */
export function listAteliers(api: ApiClient): Promise<readonly AtelierSummaryView[]> {
  return api.request<AtelierSummaryView[]>('GET', '/api/ateliers')
}

/** One atelier, with what the signed-in person may do with it. */
export function getAtelier(api: ApiClient, id: string): Promise<AtelierView> {
  return api.request<AtelierView>('GET', `/api/ateliers/${enc(id)}`)
}

/** Publishes a new atelier in the programme (facilitators). */
export function createAtelier(api: ApiClient, body: AtelierCreateBody): Promise<AtelierView> {
  return api.request<AtelierView>('POST', '/api/ateliers', body)
}

/** Sets or removes the atelier's visio link (facilitators); answers the atelier as it is now. */
export function updateAtelier(
  api: ApiClient,
  id: string,
  body: AtelierPatchBody,
): Promise<AtelierView> {
  return api.request<AtelierView>('PATCH', `/api/ateliers/${enc(id)}`, body)
}

/** Registers the signed-in person: a seat, or the waiting list when the atelier is full. */
export function register(api: ApiClient, id: string): Promise<AtelierView> {
  return api.request<AtelierView>('POST', `/api/ateliers/${enc(id)}/inscription`)
}

/** Cancels the signed-in person's registration (the first on the waiting list gets the seat). */
export function cancelRegistration(api: ApiClient, id: string): Promise<AtelierView> {
  return api.request<AtelierView>('DELETE', `/api/ateliers/${enc(id)}/inscription`)
}

/** Who registered, seats then waiting list (facilitators). */
export function listRegistrants(
  api: ApiClient,
  id: string,
): Promise<readonly AtelierRegistrantView[]> {
  return api.request<AtelierRegistrantView[]>('GET', `/api/ateliers/${enc(id)}/inscriptions`)
}

/** The address of the atelier's calendar file, for a download link. */
export function icsPath(id: string): string {
  return `/api/ateliers/${enc(id)}/atelier.ics`
}

/** Moves the live session: start, go to an agenda item, end (facilitators). */
export function moveSession(
  api: ApiClient,
  id: string,
  body: AtelierSessionBody,
): Promise<AtelierSessionView> {
  return api.request<AtelierSessionView>('POST', `/api/ateliers/${enc(id)}/session`, body)
}

/** Drafts the compte rendu from the notes and the wall, or finds the one already drafted. */
export function draftCompteRendu(api: ApiClient, id: string): Promise<{ documentId: string }> {
  return api.request<{ documentId: string }>('POST', `/api/ateliers/${enc(id)}/compte-rendu`)
}

/** Whether the signed-in person has a calendar subscription address. */
export function getCalendarFeed(api: ApiClient): Promise<CalendarFeedStatusView> {
  return api.request<CalendarFeedStatusView>('GET', '/api/calendrier')
}

/** Creates the person's subscription address, revoking the previous one; shown only now. */
export function createCalendarFeed(api: ApiClient): Promise<CalendarFeedView> {
  return api.request<CalendarFeedView>('POST', '/api/calendrier')
}

/** Revokes the person's subscription address. */
export async function revokeCalendarFeed(api: ApiClient): Promise<void> {
  await api.request('DELETE', '/api/calendrier')
}
