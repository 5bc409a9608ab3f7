import { useRef, useState, type ReactNode } from 'react'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { NotificationItem, openLinkId } from './NotificationItem.tsx'
import { notificationTexts as texts } from './texts.ts'
import { useMarkAllRead, useMarkRead, useNotifications } from '../../api/useNotifications.ts'

/**
 * One's notifications, newest first, unread ones marked, over the page's width like the other
 * lists; « Tout marquer comme lu » while some are unread. A button that goes away once used
 * leaves the focus on something near: the item's « Ouvrir », or the count that says all is read.
 */
export function NotificationsPage(): ReactNode {
  usePageTitle(texts.pageTitle)
  const notifications = useNotifications()
  const markRead = useMarkRead()
  const markAllRead = useMarkAllRead()
  const [marked, setMarked] = useState<number | null>(null)
  const count = useRef<HTMLParagraphElement>(null)
  const list = notifications.data

  function handleMarkRead(id: string): void {
    markRead.mutate(id, { onSuccess: () => document.getElementById(openLinkId(id))?.focus() })
  }

  function handleMarkAllRead(unread: number): void {
    markAllRead.mutate(undefined, {
      onSuccess: () => {
        setMarked(unread)
        count.current?.focus()
      },
    })
  }

  return (
    <div className="page-notifications">
      <h1 tabIndex={-1}>{texts.pageTitle}</h1>
      {notifications.isPending && <Loading label={texts.loading} />}
      {notifications.isError && <ErrorNotice error={notifications.error} />}
      {markRead.isError && <ErrorNotice error={markRead.error} />}
      {markAllRead.isError && <ErrorNotice error={markAllRead.error} />}
      {list?.notifications.length === 0 && <p>{texts.empty}</p>}
      {list !== undefined && list.notifications.length > 0 && (
        <>
          <div className="entete-notifications">
            <p ref={count} className="aide" role="status" tabIndex={-1}>
              {marked !== null && list.unread === 0 ? `${texts.markedAll(marked)} ` : ''}
              {texts.unreadCount(list.unread)}
            </p>
            {list.unread > 0 && (
              <button
                type="button"
                className="bouton-secondaire"
                disabled={markAllRead.isPending}
                onClick={() => {
                  handleMarkAllRead(list.unread)
                }}
              >
                {markAllRead.isPending ? texts.markingAllRead : texts.markAllRead}
              </button>
            )}
          </div>
          <ul className="liste-documents liste-notifications" aria-label={texts.listLabel}>
            {list.notifications.map((notification) => (
              <NotificationItem
                key={notification.id}
                notification={notification}
                busy={markRead.isPending || markAllRead.isPending}
                onMarkRead={handleMarkRead}
              />
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
