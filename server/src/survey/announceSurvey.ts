import { canEdit, isSpaceId } from '@maillage/schema'
import type { NotificationService } from '../notifications/NotificationService.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { Survey } from '../persistence/records/Survey.ts'
import { lazyDateTimeFormat } from '../time/lazyIntl.ts'

/** Kind of the notification that asks a CLPE to answer a survey. */
export const SURVEY_OPENED_NOTIFICATION = 'enquete-ouverte'

const closing = lazyDateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' })

/**
 * Sends the survey to the spaces it targets: each of their members who may answer (contributeurs
 * and animateurs) gets a notification linking to their space's answer, once, when it opens.
 */
export async function announceSurvey(
  survey: Survey,
  store: MetadataStore,
  notifications: NotificationService,
): Promise<void> {
  if (survey.closesAt === undefined) return
  const until = closing.format(new Date(survey.closesAt))
  for (const spaceId of survey.targetSpaceIds) {
    if (!isSpaceId(spaceId)) continue
    const space = await store.findSpace(spaceId)
    if (space === null) continue
    for (const membership of await store.listMembershipsOfSpace(spaceId)) {
      if (!canEdit(membership.role)) continue
      await notifications.notify(membership.accountId, {
        kind: SURVEY_OPENED_NOTIFICATION,
        message: `L’enquête « ${survey.title} » est ouverte jusqu’au ${until} : répondez au nom de ${space.name}.`,
        link: `/enquetes/${survey.id}/reponses/${spaceId}`,
      })
    }
  }
}
