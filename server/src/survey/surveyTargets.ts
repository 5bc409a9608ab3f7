import { canEdit, type SurveyTarget } from '@maillage/schema'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { Survey } from '../persistence/records/Survey.ts'
import { SurveyMode } from '../persistence/records/Survey.ts'

/**
 * The spaces a survey asks to answer, with their names and how many answers each owes: one in
 * collective mode, one per member who may answer in individual mode.
 */
export async function surveyTargets(store: MetadataStore, survey: Survey): Promise<SurveyTarget[]> {
  return await Promise.all(
    survey.targetSpaceIds.map(async (spaceId) => {
      const space = await store.findSpace(spaceId)
      // Individual mode: the members who may answer (contributeurs, animateurs), not the lecteurs.
      const members =
        survey.mode === SurveyMode.Individual
          ? (await store.listMembershipsOfSpace(spaceId)).filter((m) => canEdit(m.role)).length
          : 1
      return { spaceId, spaceName: space?.name ?? spaceId, targeted: members }
    }),
  )
}
