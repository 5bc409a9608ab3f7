import type {
  MaturityCampaignView,
  MaturityCampaignsView,
  MaturityDocumentView,
  MaturitySubmissionView,
  SpaceMaturityView,
} from '@maillage/schema'
import { enc, type ApiClient } from '../../api/ApiClient.ts'

/** What creating a campaign sends: its title and its period, as `YYYY-MM-DD` days. */
export interface NewCampaignInput {
  readonly title: string
  readonly opensAt: string
  readonly closesAt: string
}

const CAMPAIGNS_PATH = '/api/demarche-de-progression'

/** The campaigns the signed-in person sees, and whether they may open and close campaigns. */
export function listCampaigns(api: ApiClient): Promise<MaturityCampaignsView> {
  return api.request<MaturityCampaignsView>('GET', CAMPAIGNS_PATH)
}

/** Opens a campaign for every CLPE (regional team). */
export async function createCampaign(
  api: ApiClient,
  body: NewCampaignInput,
): Promise<MaturityCampaignView> {
  return (await api.request<{ campaign: MaturityCampaignView }>('POST', CAMPAIGNS_PATH, body))
    .campaign
}

/** Closes a campaign before its date (regional team). */
export async function closeCampaign(api: ApiClient, campaignId: string): Promise<void> {
  await api.request('POST', `${CAMPAIGNS_PATH}/${enc(campaignId)}/cloture`)
}

function spacePath(spaceId: string): string {
  return `/api/espaces/${enc(spaceId)}/demarche-de-progression`
}

/** A CLPE's campaigns, its submitted profiles and its progression. */
export function getSpaceMaturity(api: ApiClient, spaceId: string): Promise<SpaceMaturityView> {
  return api.request<SpaceMaturityView>('GET', spacePath(spaceId))
}

/** The grid document of a CLPE for a campaign, created the first time a member opens it. */
export async function openGridDocument(
  api: ApiClient,
  spaceId: string,
  campaignId: string,
): Promise<string> {
  const path = `${spacePath(spaceId)}/${enc(campaignId)}/document`
  return (await api.request<MaturityDocumentView>('POST', path)).documentId
}

/** Submits the grid as it stands in its document; refused (422) while it is incomplete. */
export function submitGrid(
  api: ApiClient,
  spaceId: string,
  campaignId: string,
): Promise<MaturitySubmissionView> {
  const path = `${spacePath(spaceId)}/${enc(campaignId)}/soumission`
  return api.request<MaturitySubmissionView>('POST', path)
}
