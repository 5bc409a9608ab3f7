import { describe, expect, it } from 'vitest'
import { AVIS_IN_DRAFTING, type AvisAdoption } from '@maillage/schema'
import { AppError } from '../errors/AppError.ts'
import { adoptStep, positionStep, submitStep, withdrawStep } from './adoptionSteps.ts'

const nadia = { id: 'a1', name: 'Nadia Benali' }
const karim = { id: 'a2', name: 'Karim Lefebvre' }
const elus = { id: 'a3', name: 'Hélène Carpentier' }
const AT = '2026-12-07T10:00:00.000Z'

function submitted(): AvisAdoption {
  return submitStep(AVIS_IN_DRAFTING, { versionId: 'v1', by: nadia, at: AT })
}

function conflictOf(step: () => unknown): string {
  try {
    step()
  } catch (error) {
    if (error instanceof AppError) return error.code
    throw error
  }
  return 'none'
}

describe('the adoption of an avis', () => {
  it('freezes the submitted version, and a new submission clears the positions', () => {
    const first = positionStep(submitted(), {
      account: karim,
      position: 'approbation',
      comment: '',
      at: AT,
    })
    expect(first.positions).toHaveLength(1)
    const again = submitStep(first, { versionId: 'v2', by: karim, at: AT })
    expect(again).toEqual({
      state: 'soumis',
      submittedVersionId: 'v2',
      submittedAt: AT,
      submittedBy: karim,
      positions: [],
    })
  })

  it('keeps one position per member, replaced in its place', () => {
    let adoption = submitted()
    adoption = positionStep(adoption, {
      account: karim,
      position: 'objection',
      comment: 'Non',
      at: AT,
    })
    adoption = positionStep(adoption, {
      account: elus,
      position: 'approbation',
      comment: '',
      at: AT,
    })
    adoption = positionStep(adoption, {
      account: karim,
      position: 'approbation',
      comment: 'Levée',
      at: AT,
    })
    expect(adoption.positions.map((entry) => [entry.account.id, entry.position])).toEqual([
      ['a2', 'approbation'],
      ['a3', 'approbation'],
    ])
  })

  it('adopts the submitted version with its approvers, objections left out of them', () => {
    let adoption = submitted()
    adoption = positionStep(adoption, {
      account: karim,
      position: 'approbation',
      comment: '',
      at: AT,
    })
    adoption = positionStep(adoption, {
      account: elus,
      position: 'objection',
      comment: 'Réserve',
      at: AT,
    })
    const adopted = adoptStep(adoption, { by: nadia, at: AT })
    expect(adopted).toMatchObject({
      state: 'adopte',
      adoptedVersionId: 'v1',
      adoptedBy: nadia,
      approvers: [karim],
    })
    expect(adopted.positions).toHaveLength(2)
  })

  it('refuses steps out of order', () => {
    expect(conflictOf(() => adoptStep(submitted(), { by: nadia, at: AT }))).toBe('CONFLICT')
    expect(conflictOf(() => adoptStep(AVIS_IN_DRAFTING, { by: nadia, at: AT }))).toBe('CONFLICT')
    const position = { account: karim, position: 'approbation', comment: '', at: AT } as const
    expect(conflictOf(() => positionStep(AVIS_IN_DRAFTING, position))).toBe('CONFLICT')
    const adopted = adoptStep(positionStep(submitted(), position), { by: nadia, at: AT })
    expect(conflictOf(() => positionStep(adopted, position))).toBe('CONFLICT')
    expect(conflictOf(() => submitStep(adopted, { versionId: 'v3', by: nadia, at: AT }))).toBe(
      'CONFLICT',
    )
    expect(conflictOf(() => withdrawStep(AVIS_IN_DRAFTING))).toBe('CONFLICT')
  })

  it('goes back to rédaction on withdrawal, from submitted or adopted', () => {
    expect(withdrawStep(submitted())).toEqual(AVIS_IN_DRAFTING)
    const position = { account: karim, position: 'approbation', comment: '', at: AT } as const
    const adopted = adoptStep(positionStep(submitted(), position), { by: nadia, at: AT })
    expect(withdrawStep(adopted)).toEqual(AVIS_IN_DRAFTING)
  })
})
