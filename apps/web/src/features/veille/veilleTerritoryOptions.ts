import { clpeSpaceId, territories } from '@maillage/schema'

/** A territory an item may concern, as the forms and filters offer it. */
export interface TerritoryOption {
  readonly value: string
  readonly label: string
}

/** The region and its départements. */
export const WIDE_TERRITORY_OPTIONS: readonly TerritoryOption[] = [
  { value: 'region', label: `Région ${territories.region.name}` },
  ...territories.departements.map((departement) => ({
    value: departement.code,
    label: `${departement.name} (${departement.code})`,
  })),
]

/** The 26 CLPE, by name. */
export const CLPE_TERRITORY_OPTIONS: readonly TerritoryOption[] = territories.clpe
  .map((clpe) => ({ value: clpeSpaceId(clpe.code), label: `CLPE ${clpe.name}` }))
  .sort((a, b) => a.label.localeCompare(b.label, 'fr'))

/** The French name of a territory token, or the token itself when unknown. */
export function territoryLabel(token: string): string {
  return (
    [...WIDE_TERRITORY_OPTIONS, ...CLPE_TERRITORY_OPTIONS].find((option) => option.value === token)
      ?.label ?? token
  )
}
