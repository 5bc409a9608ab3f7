import data from '../data/territoires-hdf.json' with { type: 'json' }

/** One comité local pour l'emploi: its code (`CLPEddNNN`), name, département and commune count. */
export interface Clpe {
  readonly code: string
  readonly name: string
  readonly departement: string
  readonly communes: number
}

/** The referential of the region's territories. */
export interface Territories {
  readonly region: { readonly code: string; readonly name: string; readonly committee: string }
  readonly departements: readonly (Departement & { readonly committee: string })[]
  readonly clpe: readonly Clpe[]
}

/** A département of the region. */
export interface Departement {
  readonly code: string
  readonly name: string
}

/**
 * The territories of the Réseau pour l'emploi in Hauts-de-France (France Travail CLPE referential,
 * June 2025), copied from `shared/data/territoires-hdf.json`. The file is part of the build, so
 * it is validated by a test (`territories.test.ts`) rather than at each start: the web app then
 * does not ship a validation library for it.
 */
export const territories: Territories = data

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
