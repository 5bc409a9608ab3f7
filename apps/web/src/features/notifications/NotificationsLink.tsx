import type { ReactNode } from 'react'
import { NavLink } from 'react-router'
import { notificationTexts } from './texts.ts'
import { useNotifications } from '../../api/useNotifications.ts'

/** The header's link to the notifications, with the number of unread ones. */
export function NotificationsLink(): ReactNode {
  const notifications = useNotifications()
  const unread = notifications.data?.unread ?? 0
  return (
    <NavLink to="/notifications">
      {notificationTexts.link}
      {unread > 0 && (
        <>
          {/* aria-label is not read on a span: the count is said by hidden text instead. */}
          <span className="compteur" aria-hidden="true">
            {unread}
          </span>
          <span className="visuellement-cache">{notificationTexts.linkUnread(unread)}</span>
        </>
      )}
    </NavLink>
  )
}
