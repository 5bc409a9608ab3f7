import type { ReactNode } from 'react'
import { CalendarSubscriptionPanel } from '../../ui/CalendarSubscriptionPanel.tsx'
import { formatParisDateTime } from './formatAtelierTime.ts'
import { calendarTexts } from './texts.ts'
import { useCalendarFeed, useChangeCalendarFeed } from './useAteliers.ts'

/** The personal address to subscribe to the whole programme from an agenda. */
export function CalendarFeedPanel(): ReactNode {
  return (
    <CalendarSubscriptionPanel
      status={useCalendarFeed()}
      change={useChangeCalendarFeed()}
      texts={calendarTexts}
      formatDateTime={formatParisDateTime}
    />
  )
}
