import { formatCount, plural } from '../../ui/plural.ts'

/** The French text of the notifications, in one place. */
export const notificationTexts = {
  link: 'Notifications',
  /** Read after the link's name by screen readers: « Notifications, 3 non lues ». */
  linkUnread: (n: number) => `, ${n} ${plural(n, 'non lue', 'non lues')}`,
  pageTitle: 'Notifications',
  loading: 'Chargement des notifications…',
  empty: 'Aucune notification.',
  unreadCount: (n: number) =>
    n === 0 ? 'Tout est lu.' : formatCount(n, 'notification non lue', 'notifications non lues'),
  markedAll: (n: number) =>
    `${formatCount(n, 'notification marquée', 'notifications marquées')} comme ${plural(n, 'lue', 'lues')}.`,
  listLabel: 'Vos notifications, les plus récentes d’abord',
  unread: 'Non lue',
  markRead: 'Marquer comme lue',
  markAllRead: 'Tout marquer comme lu',
  markingAllRead: 'Enregistrement…',
  open: 'Ouvrir',
} as const
