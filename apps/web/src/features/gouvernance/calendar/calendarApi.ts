import type {
  CalendarFeedStatusView,
  CalendarFeedView,
  GovernanceCalendarView,
} from '@maillage/protocol'
import type { ApiClient } from '../../../api/ApiClient.ts'

const CALENDAR = '/api/gouvernance/calendrier'
const SUBSCRIPTION = `${CALENDAR}/abonnement`

/** Address of the `.ics` file of the signed-in person's governance calendar. */
export const GOVERNANCE_ICS_PATH = `${CALENDAR}.ics`

/** The entries between two days (default: twelve months from this month). */
export function getGovernanceCalendar(
  api: ApiClient,
  window: { du: string; au: string },
): Promise<GovernanceCalendarView> {
  return api.request<GovernanceCalendarView>(
    'GET',
    `${CALENDAR}?${new URLSearchParams(window).toString()}`,
  )
}

export function getGovernanceFeed(api: ApiClient): Promise<CalendarFeedStatusView> {
  return api.request<CalendarFeedStatusView>('GET', SUBSCRIPTION)
}

export function createGovernanceFeed(api: ApiClient): Promise<CalendarFeedView> {
  return api.request<CalendarFeedView>('POST', SUBSCRIPTION)
}

export async function revokeGovernanceFeed(api: ApiClient): Promise<void> {
  await api.request<null>('DELETE', SUBSCRIPTION)
}
