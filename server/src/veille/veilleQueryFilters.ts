import type { VeilleFilters } from './filterVeilleItems.ts'
import type { VeilleQuery } from './veilleInput.ts'

/** The filters a query of the address (`?thematique=…&territoire=…`) asks for. */
export function veilleQueryFilters(query: VeilleQuery): VeilleFilters {
  return {
    ...(query.thematique === undefined ? {} : { thematique: query.thematique }),
    ...(query.territoire === undefined ? {} : { territory: query.territoire }),
    ...(query.source === undefined || query.source === '' ? {} : { source: query.source }),
    ...(query.du === undefined ? {} : { from: query.du }),
    ...(query.au === undefined ? {} : { to: query.au }),
    ...(query.statut === undefined ? {} : { status: query.statut }),
    ...(query.lettre === undefined ? {} : { selectedForLettre: query.lettre === 'oui' }),
  }
}
