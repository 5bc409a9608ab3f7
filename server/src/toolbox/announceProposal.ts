import { REGIONAL_SPACE_IDS } from '@maillage/schema'
import type { NotificationService } from '../notifications/NotificationService.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { ToolProposal } from '../persistence/records/ToolProposal.ts'

/** Kind of the notification telling the comité de pilotage a proposal of a tool arrived. */
export const PROPOSAL_RECEIVED_NOTIFICATION = 'proposition-outil-recue'

/**
 * Tells every member of the comité de pilotage (lecteurs too: they follow what it examines) that
 * a proposal of a new tool arrived, with a link to it; the proposer is not told of their own.
 */
export async function announceProposal(
  proposal: ToolProposal,
  proposerName: string,
  deps: { store: MetadataStore; notifications: NotificationService; path: string },
): Promise<void> {
  const members = await deps.store.listMembershipsOfSpace(REGIONAL_SPACE_IDS.copil)
  const recipients = members
    .map((membership) => membership.accountId)
    .filter((accountId) => accountId !== proposal.proposedBy)
  await deps.notifications.notifyAll(recipients, {
    kind: PROPOSAL_RECEIVED_NOTIFICATION,
    message: `Nouvelle proposition d’outil à examiner : « ${proposal.title} », proposée par ${proposerName}.`,
    link: deps.path,
  })
}
