import { z } from 'zod'
import data from '../data/territoires-hdf.json' with { type: 'json' }

const clpeSchema = z.object({
  code: z.string().regex(/^CLPE\d{5}$/),
  name: z.string().min(1),
  departement: z.string().regex(/^\d{2}$/),
  communes: z.number().int().positive(),
})

const territoriesSchema = z.object({
  region: z.object({ code: z.string(), name: z.string(), committee: z.string() }),
  departements: z.array(z.object({ code: z.string(), name: z.string(), committee: z.string() })),
  clpe: z.array(clpeSchema).length(26),
})

/** One comité local pour l'emploi: its code (`CLPEddNNN`), name, département and commune count. */
export type Clpe = z.infer<typeof clpeSchema>

/** A département of the region. */
export interface Departement {
  readonly code: string
  readonly name: string
}

/**
 * The territories of the Réseau pour l'emploi in Hauts-de-France (France Travail CLPE referential,
 * June 2025), copied from `shared/data/territoires-hdf.json` and validated once at import.
 */
export const territories = territoriesSchema.parse(data)

/** The département of a CLPE, or throws if the referential has none with that code. */
export function departementOf(clpe: Clpe): Departement {
  const departement = territories.departements.find(
    (candidate) => candidate.code === clpe.departement,
  )
  if (departement === undefined) {
    throw new Error(`CLPE ${clpe.code} names unknown département "${clpe.departement}"`)
  }
  return departement
}
