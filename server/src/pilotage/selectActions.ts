import { DocumentKind } from '@maillage/schema'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import type { FeuilleDeRouteRecord } from './selectCurrentFeuilleDeRoute.ts'

/** The fiches action a dashboard shows, and where they were taken from. */
export interface ActionSelection {
  /** `feuille-de-route`: those the current feuille links; `espace`: every fiche of the space. */
  readonly scope: 'feuille-de-route' | 'espace'
  readonly fiches: readonly DocumentRecord[]
}

/**
 * The actions of a space among `records` (its documents): with a current feuille de route, the
 * fiches action it links that are among `records` and not archived, in its list order (a link to
 * a missing, archived or other space's document is left out); without one, every non-archived
 * fiche action of `records`, in their order.
 */
export function selectActions(
  records: readonly DocumentRecord[],
  feuilleDeRoute: FeuilleDeRouteRecord | null,
): ActionSelection {
  const fiches = new Map<string, DocumentRecord>()
  for (const record of records) {
    if (record.kind === DocumentKind.FicheAction && record.archivedAt === undefined) {
      fiches.set(record.id, record)
    }
  }
  if (feuilleDeRoute === null) return { scope: 'espace', fiches: [...fiches.values()] }
  const linked = feuilleDeRoute.pilotage.ficheIds.flatMap((id) => {
    const fiche = fiches.get(id)
    return fiche === undefined ? [] : [fiche]
  })
  return { scope: 'feuille-de-route', fiches: linked }
}
