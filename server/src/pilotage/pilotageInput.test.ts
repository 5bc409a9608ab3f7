import { describe, expect, it } from 'vitest'
import { pilotageQuerySchema } from './pilotageInput.ts'

describe('pilotageQuerySchema', () => {
  it('keeps the filters given and drops empty ones', () => {
    expect(pilotageQuerySchema.parse({ thematique: 'mobilite', public: 'jeunes' })).toEqual({
      thematique: 'mobilite',
      public: 'jeunes',
    })
    expect(pilotageQuerySchema.parse({ thematique: '', autre: 'x' })).toEqual({})
  })

  it('refuses a value that is not an option, or a repeated parameter', () => {
    expect(pilotageQuerySchema.safeParse({ thematique: 'inconnue' }).success).toBe(false)
    expect(pilotageQuerySchema.safeParse({ public: 'tous' }).success).toBe(false)
    expect(pilotageQuerySchema.safeParse({ public: ['jeunes', 'seniors'] }).success).toBe(false)
  })
})
