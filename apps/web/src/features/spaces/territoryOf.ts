import type { SpaceView } from '@maillage/protocol'
import { territories } from '@maillage/schema'

/** The CLPE code and département name of a CLPE space, or null for other spaces. */
export function territoryOf(space: SpaceView): { clpeCode: string; departement: string } | null {
  if (space.territory === undefined) return null
  const { clpeCode, departement } = space.territory
  const found = territories.departements.find((candidate) => candidate.code === departement)
  return {
    clpeCode,
    departement: found === undefined ? departement : `${found.name} (${found.code})`,
  }
}
