/** The address of the démarche de progression's campaigns. */
export const CAMPAIGNS_PAGE_PATH = '/demarche-de-progression'

/** The address of a CLPE's démarche de progression (its campaigns, profiles and progression). */
export function spaceMaturityPath(spaceId: string): string {
  return `/espaces/${encodeURIComponent(spaceId)}/demarche-de-progression`
}

/** The address of a CLPE's grid for one campaign, filled together live. */
export function gridPath(spaceId: string, campaignId: string): string {
  return `${spaceMaturityPath(spaceId)}/${encodeURIComponent(campaignId)}`
}
