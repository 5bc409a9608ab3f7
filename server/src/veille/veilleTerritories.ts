import { clpeSpaceId, territories } from '@maillage/schema'

/** The token of the whole region among an item's territories. */
export const VEILLE_REGION = 'region'

const CLPE_DEPARTEMENT: ReadonlyMap<string, string> = new Map(
  territories.clpe.map((clpe) => [clpeSpaceId(clpe.code) as string, clpe.departement]),
)
const DEPARTEMENTS: ReadonlySet<string> = new Set(territories.departements.map((d) => d.code))

/** True for `region`, a département of the region (`59`) or a CLPE's space id (`clpe-59004`). */
export function isKnownVeilleTerritory(token: string): boolean {
  return token === VEILLE_REGION || DEPARTEMENTS.has(token) || CLPE_DEPARTEMENT.has(token)
}

/**
 * The territories whose items concern someone filtering on `token`: what is about the whole
 * region concerns every département and CLPE, what is about a département concerns its CLPE.
 * So a CLPE sees its own items, its département's and the region's; a département sees its own,
 * its CLPE's and the region's; the region sees what is tagged for the region.
 */
export function territoriesConcerning(token: string): ReadonlySet<string> {
  if (token === VEILLE_REGION) return new Set([VEILLE_REGION])
  const departement = CLPE_DEPARTEMENT.get(token)
  if (departement !== undefined) return new Set([token, departement, VEILLE_REGION])
  const clpeOfDepartement = [...CLPE_DEPARTEMENT]
    .filter(([, code]) => code === token)
    .map(([spaceId]) => spaceId)
  return new Set([token, VEILLE_REGION, ...clpeOfDepartement])
}

/** The French name of a territory token (`Nord`, `CLPE Lille Métropole`), or the token itself. */
export function veilleTerritoryLabel(token: string): string {
  if (token === VEILLE_REGION) return territories.region.name
  const departement = territories.departements.find((candidate) => candidate.code === token)
  if (departement !== undefined) return departement.name
  const clpe = territories.clpe.find((candidate) => clpeSpaceId(candidate.code) === token)
  return clpe === undefined ? token : `CLPE ${clpe.name}`
}
