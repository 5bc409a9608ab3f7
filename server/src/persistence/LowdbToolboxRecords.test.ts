import { describe, expect, it } from 'vitest'
import { LowdbMetadataStore } from './LowdbMetadataStore.ts'
import { AT } from './metadataFixtures.ts'
import { ToolProposalStatus, type ToolProposal } from './records/ToolProposal.ts'

const proposal: ToolProposal = {
  id: 'proposal-1',
  title: 'Carte des freins à la mobilité',
  description: 'Une carte des freins à la mobilité par commune.',
  porteur: '',
  lien: '',
  type: '',
  thematiques: [],
  consideredTools: [{ documentId: null, name: 'DORA', whyNotAdaptable: 'Pas les freins.' }],
  status: ToolProposalStatus.EnExamen,
  proposedBy: 'account-nadia',
  proposedAt: AT,
  history: [{ status: ToolProposalStatus.Propose, at: AT, byId: 'account-nadia', byName: 'Nadia' }],
}

class Refused extends Error {}

/** A decision made against the proposal as stored: refused unless it is still en examen. */
function decide(to: ToolProposalStatus, byName: string) {
  return (current: ToolProposal): Partial<ToolProposal> => {
    if (current.status !== ToolProposalStatus.EnExamen) throw new Refused(current.status)
    return { status: to, history: [...current.history, { status: to, at: AT, byId: 'c', byName }] }
  }
}

describe('LowdbToolboxRecords.changeToolProposal', () => {
  it('checks each change against the proposal as stored, so only the first decision passes', async () => {
    const store = LowdbMetadataStore.inMemory()
    await store.toolbox.createToolProposal(proposal)

    const results = await Promise.allSettled([
      store.toolbox.changeToolProposal('proposal-1', decide(ToolProposalStatus.Valide, 'Sophie')),
      store.toolbox.changeToolProposal('proposal-1', decide(ToolProposalStatus.Refuse, 'Marc')),
    ])

    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected'])
    expect(results[1].status === 'rejected' && results[1].reason instanceof Refused).toBe(true)
    const stored = await store.toolbox.findToolProposal('proposal-1')
    expect(stored?.status).toBe(ToolProposalStatus.Valide)
    expect(stored?.history.map((step) => step.byName)).toEqual(['Nadia', 'Sophie'])
    await store.close()
  })

  it('leaves the proposal as it was when the change mutates its argument and then throws', async () => {
    const store = LowdbMetadataStore.inMemory()
    await store.toolbox.createToolProposal(proposal)

    const change = store.toolbox.changeToolProposal('proposal-1', (current) => {
      current.history.push({ status: ToolProposalStatus.Refuse, at: AT, byId: 'c', byName: 'X' })
      throw new Refused('after a mutation')
    })

    await expect(change).rejects.toBeInstanceOf(Refused)
    expect(await store.toolbox.findToolProposal('proposal-1')).toEqual(proposal)
    expect(await store.toolbox.changeToolProposal('missing', decide('valide', 'Sophie'))).toBeNull()
    await store.close()
  })
})
