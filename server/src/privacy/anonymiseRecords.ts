import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { VeilleItem } from '../persistence/records/VeilleItem.ts'
import { FORMER_MEMBER_NAME } from './formerMember.ts'

/**
 * Replaces a deleted person's name by « Ancien membre » in the records that keep a name beside an
 * account id (the name as it was then): the steps of tool proposals (`byName`), and the veille's
 * items they proposed (`addedBy`) or last curated (`curatedBy`). Documents' `lastEditorName` is
 * done by `AccountDeletion` while it reads every document. Safe to run again.
 */
export async function anonymiseRecords(store: MetadataStore, accountId: string): Promise<void> {
  for (const proposal of await store.toolbox.listToolProposals()) {
    if (
      !proposal.history.some(
        (step) => step.byId === accountId && step.byName !== FORMER_MEMBER_NAME,
      )
    ) {
      continue
    }
    await store.toolbox.changeToolProposal(proposal.id, (current) => ({
      history: current.history.map((step) =>
        step.byId === accountId ? { ...step, byName: FORMER_MEMBER_NAME } : step,
      ),
    }))
  }
  for (const item of await store.veille.listItems()) {
    const patch = veillePatch(item, accountId)
    if (patch !== null) await store.veille.updateItem(item.id, patch)
  }
}

function veillePatch(item: VeilleItem, accountId: string): Partial<VeilleItem> | null {
  const former = { id: accountId, name: FORMER_MEMBER_NAME }
  const added = item.addedBy.id === accountId && item.addedBy.name !== FORMER_MEMBER_NAME
  const curated = item.curatedBy?.id === accountId && item.curatedBy.name !== FORMER_MEMBER_NAME
  if (!added && !curated) return null
  return { ...(added ? { addedBy: former } : {}), ...(curated ? { curatedBy: former } : {}) }
}
