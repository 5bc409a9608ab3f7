import {
  DocumentKind,
  type ClpeDashboard,
  type PilotageFilters,
  type RegionalView,
} from '@maillage/schema'
import { canCreateDocumentIn } from '../auth/accessPolicy.ts'
import type { Actor } from '../auth/Actor.ts'
import { assertAllowed } from '../auth/assertAllowed.ts'
import {
  canDraftPilotageBilan,
  canSeeFullPilotageOf,
  isRegionalPilotageViewer,
} from '../auth/pilotageAccess.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { loadSpace } from '../spaces/loadSpace.ts'
import type { Timers } from '../time/Timers.ts'
import { buildClpeDashboard } from './buildClpeDashboard.ts'
import { buildRegionalView } from './buildRegionalView.ts'
import type { MaturitySnapshots } from './MaturitySnapshots.ts'

/** The kinds the dashboards are built from. */
const STEERING_KINDS = [DocumentKind.FicheAction, DocumentKind.FeuilleDeRoute] as const

/**
 * The dashboards of the pilotage: a CLPE's « Pilotage » page and the regional view, built from the
 * document index (`MetadataStore`) alone — never a document's content, so that they cost no room
 * and follow every save through the indexing.
 */
export class PilotageService {
  readonly #store: MetadataStore
  readonly #maturity: MaturitySnapshots
  readonly #timers: Timers

  constructor(dependencies: { store: MetadataStore; maturity: MaturitySnapshots; timers: Timers }) {
    this.#store = dependencies.store
    this.#maturity = dependencies.maturity
    this.#timers = dependencies.timers
  }

  /**
   * The dashboard of a space for whoever is signed in: from every document of the space for its
   * members and the region (`canSeeFullPilotageOf`), else from those it shared with all
   * territories only (`sharedOnly`). `NOT_FOUND` for an unknown space.
   */
  async dashboard(actor: Actor, spaceId: string, filters: PilotageFilters): Promise<ClpeDashboard> {
    const space = await loadSpace(this.#store, spaceId)
    const full = canSeeFullPilotageOf(actor, space.id)
    const records = (await this.#store.listDocumentsOfSpace(space.id)).filter(
      (record) => record.privateTo === undefined && (full || record.sharedWithAll),
    )
    return buildClpeDashboard({
      space,
      records,
      filters,
      nowMs: this.#timers.now(),
      canMeasure: full && canCreateDocumentIn(actor, space.id),
      sharedOnly: !full,
    })
  }

  /**
   * The 26 CLPE side by side, for the CoRE, the comité des territoires and the regional team
   * (`isRegionalPilotageViewer`; else `AUTH_FORBIDDEN`). Four reads: the spaces, the steering
   * documents of every space at once, the threads of the échanges, the latest maturity.
   */
  async region(actor: Actor, filters: PilotageFilters): Promise<RegionalView> {
    assertAllowed(
      isRegionalPilotageViewer(actor),
      'La vue régionale est réservée au CoRE, au comité des territoires et à l’équipe régionale.',
    )
    const [spaces, records, threads, maturity] = await Promise.all([
      this.#store.listSpaces(),
      this.#store.listDocumentsOfKinds(STEERING_KINDS),
      this.#store.exchanges.listThreads(),
      this.#maturity.latestSnapshots(),
    ])
    return buildRegionalView({
      spaces,
      records: records.filter((record) => record.privateTo === undefined),
      threads,
      maturity,
      filters,
      nowMs: this.#timers.now(),
      canDraftBilan: canDraftPilotageBilan(actor),
    })
  }
}
