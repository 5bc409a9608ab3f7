import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { NotificationView } from '@maillage/protocol'
import { formatDateTime } from '../../ui/formatDate.ts'
import { notificationTexts } from './texts.ts'

/** The id of a notification's « Ouvrir » link, where the focus goes once it is marked read. */
export function openLinkId(notificationId: string): string {
  return `notification-${notificationId}-ouvrir`
}

/**
 * One notification: « Non lue » while it is, its message, when (Paris time), « Ouvrir » (which
 * marks it read) and « Marquer comme lue », both styled as the same action link.
 */
export function NotificationItem(props: {
  notification: NotificationView
  busy: boolean
  onMarkRead: (id: string) => void
}): ReactNode {
  const { notification, onMarkRead } = props
  const unread = notification.readAt === undefined
  return (
    <li
      className={unread ? 'element-document notification non-lue' : 'element-document notification'}
    >
      {unread && <span className="badge">{notificationTexts.unread}</span>}
      <span className="lien-document">{notification.message}</span>
      <time className="derniere-modification" dateTime={notification.createdAt}>
        {formatDateTime(notification.createdAt)}
      </time>
      <span className="actions-notification">
        <Link
          id={openLinkId(notification.id)}
          className="action-notification"
          to={notification.link}
          onClick={() => {
            if (unread) onMarkRead(notification.id)
          }}
        >
          {notificationTexts.open}
        </Link>
        {unread && (
          <button
            type="button"
            className="action-notification"
            disabled={props.busy}
            onClick={() => {
              onMarkRead(notification.id)
            }}
          >
            {notificationTexts.markRead}
          </button>
        )}
      </span>
    </li>
  )
}
