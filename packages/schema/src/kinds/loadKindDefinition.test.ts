import { describe, expect, it } from 'vitest'
import { DocumentKind } from '../DocumentKind.ts'
import { KINDS } from './KINDS.ts'
import { loadKindDefinition } from './loadKindDefinition.ts'

describe('loadKindDefinition', () => {
  it.each(Object.values(DocumentKind))(
    'loads the same definition of %s as KINDS holds',
    async (kind) => {
      expect(await loadKindDefinition(kind)).toBe(KINDS[kind])
    },
  )

  it('loads a free page for a kind it does not know', async () => {
    expect(await loadKindDefinition('inconnu')).toBe(KINDS.page)
  })
})
