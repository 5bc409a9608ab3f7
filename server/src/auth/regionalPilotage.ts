import {
  DocumentKind,
  REGIONAL_SPACE_IDS,
  clpeSpaceId,
  territories,
  type SpaceId,
} from '@maillage/schema'
import { PlatformRole } from '../persistence/records/Account.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import type { Actor } from './Actor.ts'

// The region's reading of the CLPE's steering documents, apart from
// `pilotageAccess.ts` so that `accessPolicy.ts` can use it without an import cycle.

/** The spaces of the 26 CLPE, whose steering documents the region reads. */
const CLPE_SPACE_IDS: ReadonlySet<SpaceId> = new Set(
  territories.clpe.map((clpe) => clpeSpaceId(clpe.code)),
)

/** The kinds a CLPE steers with, which the region reads in every CLPE. */
const STEERING_KINDS: ReadonlySet<DocumentKind> = new Set([
  DocumentKind.FicheAction,
  DocumentKind.FeuilleDeRoute,
  DocumentKind.AutoEvaluation,
])

/**
 * The region that « sees all » of the CLPE's steering: admins (the regional team), and every
 * member of the espace régional or of the CoRE. The CoRE's space stands for the CoRE and its
 * comité des territoires until the governance issue models those instances.
 */
export function isRegionalPilotageViewer(actor: Actor): boolean {
  return (
    actor.account.platformRole === PlatformRole.Admin ||
    actor.roles.has(REGIONAL_SPACE_IDS.regional) ||
    actor.roles.has(REGIONAL_SPACE_IDS.core)
  )
}

/** True for the space of one of the 26 CLPE. */
export function isClpeSpace(spaceId: SpaceId): boolean {
  return CLPE_SPACE_IDS.has(spaceId)
}

/**
 * A fiche action, feuille de route or auto-évaluation of a CLPE, not private to one person: what
 * the region's dashboards link to, so what its viewers open read-only.
 */
export function isRegionallyReadSteeringDocument(document: DocumentRecord): boolean {
  return (
    document.privateTo === undefined &&
    STEERING_KINDS.has(document.kind) &&
    isClpeSpace(document.spaceId)
  )
}
