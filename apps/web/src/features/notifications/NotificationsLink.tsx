import type { ReactNode } from 'react'
import { NavLink } from 'react-router'
import { useNotifications } from './useNotifications.ts'

/** The header's link to the notifications, with the number of unread ones. */
export function NotificationsLink(): ReactNode {
  const notifications = useNotifications()
  const unread = notifications.data?.unread ?? 0
  return (
    <NavLink to="/notifications">
      Notifications
      {unread > 0 && (
        <span className="compteur" aria-label={`, ${unread} non lue${unread > 1 ? 's' : ''}`}>
          {unread}
        </span>
      )}
    </NavLink>
  )
}
