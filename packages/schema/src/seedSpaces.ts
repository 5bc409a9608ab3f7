import { SpaceKind } from './SpaceKind.ts'
import { parseSpaceId, type SpaceId } from './SpaceId.ts'
import { departementOf, territories } from './territories.ts'

/** A space as created on a new data directory. */
export interface SpaceSeed {
  readonly id: SpaceId
  readonly kind: SpaceKind
  readonly name: string
  readonly description: string
  /** For a CLPE: its code (`CLPEddNNN`) and département. */
  readonly territory?: { readonly clpeCode: string; readonly departement: string }
}

/** Id of the space of a CLPE, from its code: `clpe-59004` for `CLPE59004`. */
export function clpeSpaceId(clpeCode: string): SpaceId {
  return parseSpaceId(`clpe-${clpeCode.slice(4).toLowerCase()}`)
}

/** Ids of the fixed regional spaces. */
export const REGIONAL_SPACE_IDS = {
  core: parseSpaceId('core'),
  regional: parseSpaceId('espace-regional'),
  copil: parseSpaceId('comite-de-pilotage'),
} as const

/**
 * The regional structure of Hauts-de-France: one space per CLPE (26), the CoRE, the espace régional
 * (toolbox, programme, exchanges, newsletter) and the comité de pilotage.
 */
export function seedSpaces(): SpaceSeed[] {
  const clpeSpaces = territories.clpe.map((clpe): SpaceSeed => {
    const departement = departementOf(clpe)
    return {
      id: clpeSpaceId(clpe.code),
      kind: SpaceKind.Clpe,
      name: `CLPE ${clpe.name}`,
      description: `Comité local pour l’emploi de l’arrondissement de ${clpe.name} (${departement.name}, ${clpe.communes} communes).`,
      territory: { clpeCode: clpe.code, departement: clpe.departement },
    }
  })
  return [
    ...clpeSpaces,
    {
      id: REGIONAL_SPACE_IDS.core,
      kind: SpaceKind.Core,
      name: 'CoRE Hauts-de-France',
      description: 'Comité régional pour l’emploi : État, Région et partenaires sociaux.',
    },
    {
      id: REGIONAL_SPACE_IDS.regional,
      kind: SpaceKind.Regional,
      name: 'Espace régional',
      description:
        'Boîte à outils, programme d’ateliers, échanges entre territoires et lettre d’information.',
    },
    {
      id: REGIONAL_SPACE_IDS.copil,
      kind: SpaceKind.Copil,
      name: 'Comité de pilotage',
      description:
        'Région, État (DREETS, SGAR, Rectorat), partenaires sociaux, France Travail et représentants des CLPE.',
    },
  ]
}
