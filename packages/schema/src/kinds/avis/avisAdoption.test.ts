import { describe, expect, it } from 'vitest'
import { AVIS_IN_DRAFTING, readAvisAdoption } from './avisAdoption.ts'

const nadia = { id: 'a1', name: 'Nadia Benali' }

describe('readAvisAdoption', () => {
  it('reads an absent or malformed value as an avis in drafting', () => {
    expect(readAvisAdoption(undefined)).toEqual(AVIS_IN_DRAFTING)
    expect(readAvisAdoption({ state: 'vote' })).toEqual(AVIS_IN_DRAFTING)
    expect(readAvisAdoption(['adopte'])).toEqual(AVIS_IN_DRAFTING)
  })

  it('reads a submitted avis with its positions, leaving malformed ones out', () => {
    const read = readAvisAdoption({
      state: 'soumis',
      submittedVersionId: 'v1',
      submittedAt: '2026-12-07T10:00:00.000Z',
      submittedBy: nadia,
      positions: [
        { account: nadia, position: 'approbation', comment: '', at: '2026-12-07T10:01:00.000Z' },
        { account: nadia, position: 'abstention', comment: '', at: '2026-12-07T10:01:00.000Z' },
        { account: { id: 3 }, position: 'objection', comment: 'Non', at: 'x' },
      ],
    })
    expect(read).toEqual({
      state: 'soumis',
      submittedVersionId: 'v1',
      submittedAt: '2026-12-07T10:00:00.000Z',
      submittedBy: nadia,
      positions: [
        { account: nadia, position: 'approbation', comment: '', at: '2026-12-07T10:01:00.000Z' },
      ],
    })
  })

  it('reads an adopted avis with its approvers and adopted version', () => {
    const read = readAvisAdoption({
      state: 'adopte',
      positions: [],
      adoptedAt: '2026-12-08T09:00:00.000Z',
      adoptedBy: nadia,
      approvers: [nadia, { name: 'sans id' }],
      adoptedVersionId: 'v2',
    })
    expect(read).toMatchObject({ state: 'adopte', approvers: [nadia], adoptedVersionId: 'v2' })
    expect(read.adoptedBy).toEqual(nadia)
  })
})
