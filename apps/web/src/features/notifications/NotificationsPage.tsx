import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { formatDateTime } from '../../ui/formatDate.ts'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { useMarkRead, useNotifications } from './useNotifications.ts'

const texts = {
  pageTitle: 'Notifications',
  loading: 'Chargement des notifications…',
  empty: 'Aucune notification.',
  unread: 'Non lue',
  markRead: 'Marquer comme lue',
  open: 'Ouvrir',
} as const

/** One's notifications, newest first, unread ones marked. */
export function NotificationsPage(): ReactNode {
  usePageTitle(texts.pageTitle)
  const notifications = useNotifications()
  const markRead = useMarkRead()
  return (
    <div className="page-etroite">
      <h1 tabIndex={-1}>{texts.pageTitle}</h1>
      {notifications.isPending && <Loading label={texts.loading} />}
      {notifications.isError && <ErrorNotice error={notifications.error} />}
      {markRead.isError && <ErrorNotice error={markRead.error} />}
      {notifications.data?.notifications.length === 0 && <p>{texts.empty}</p>}
      <ul className="liste-documents">
        {notifications.data?.notifications.map((notification) => (
          <li
            key={notification.id}
            className={
              notification.readAt === undefined ? 'element-document non-lue' : 'element-document'
            }
          >
            {notification.readAt === undefined && <span className="badge">{texts.unread}</span>}
            <span className="lien-document">{notification.message}</span>
            <span className="derniere-modification">{formatDateTime(notification.createdAt)}</span>
            <Link
              to={notification.link}
              onClick={() => {
                if (notification.readAt === undefined) markRead.mutate(notification.id)
              }}
            >
              {texts.open}
            </Link>
            {notification.readAt === undefined && (
              <button
                type="button"
                className="bouton-lien"
                onClick={() => {
                  markRead.mutate(notification.id)
                }}
              >
                {texts.markRead}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
