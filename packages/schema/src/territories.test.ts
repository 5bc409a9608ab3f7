import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { departementOf, territories } from './territories.ts'

const territoriesSchema = z.object({
  region: z.object({ code: z.literal('32'), name: z.string().min(1), committee: z.string() }),
  departements: z
    .array(
      z.object({
        code: z.string().regex(/^\d{2}$/),
        name: z.string().min(1),
        committee: z.string(),
      }),
    )
    .length(5),
  clpe: z
    .array(
      z.object({
        code: z.string().regex(/^CLPE\d{5}$/),
        name: z.string().min(1),
        departement: z.string().regex(/^\d{2}$/),
        communes: z.number().int().positive(),
      }),
    )
    .length(26),
})

describe('the territories referential', () => {
  it('has the region, its 5 départements and its 26 CLPE in the expected shape', () => {
    expect(territoriesSchema.safeParse(territories).success).toBe(true)
  })

  it('places every CLPE in one of the départements, with a code that starts with it', () => {
    for (const clpe of territories.clpe) {
      expect(departementOf(clpe).code).toBe(clpe.departement)
      expect(clpe.code.slice(4, 6)).toBe(clpe.departement)
    }
  })

  it('counts the 3,782 communes of Hauts-de-France across the CLPE', () => {
    expect(territories.clpe.reduce((sum, clpe) => sum + clpe.communes, 0)).toBe(3782)
  })
})
