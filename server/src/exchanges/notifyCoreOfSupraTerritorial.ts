import { REGIONAL_SPACE_IDS, canEdit } from '@maillage/schema'
import type { Actor } from '../auth/Actor.ts'
import type { NotificationService } from '../notifications/NotificationService.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { ExchangeThread } from '../persistence/records/ExchangeThread.ts'
import { exchangePath } from './exchangePath.ts'
import type { ExchangeDirectory } from './presentExchange.ts'
import { raisingSpaceIds } from './supraTerritorial.ts'

/** Kind of the notification of the CoRE when a subject becomes supra-territorial. */
export const SUPRA_TERRITORIAL_NOTIFICATION_KIND = 'supra-territorial'

/**
 * Tells the CoRE's editors, but the one whose « nous aussi » made it so, that `thread` is now
 * raised by enough CLPE to be a supra-territorial subject.
 */
export async function notifyCoreOfSupraTerritorial(options: {
  store: MetadataStore
  notifications: NotificationService
  actor: Actor
  thread: ExchangeThread
  directory: ExchangeDirectory
}): Promise<void> {
  const { store, notifications, actor, thread, directory } = options
  const members = await store.listMembershipsOfSpace(REGIONAL_SPACE_IDS.core)
  const count = raisingSpaceIds(thread).length
  const title = directory.titles.get(thread.id) ?? ''
  const recipients = members
    .filter((member) => canEdit(member.role) && member.accountId !== actor.account.id)
    .map((member) => member.accountId)
  await notifications.notifyAll(recipients, {
    kind: SUPRA_TERRITORIAL_NOTIFICATION_KIND,
    message: `« ${title} » est soulevé par ${count} CLPE : c’est un sujet supra-territorial pour le CoRE.`,
    link: exchangePath(thread.id),
  })
}
