import {
  DocumentKind,
  DocumentRoot,
  REGIONAL_SPACE_IDS,
  type PilotageFilters,
  type RegionalView,
} from '@maillage/schema'
import type { Actor } from '../../auth/Actor.ts'
import { AccountRateLimit, type AccountRateLimits } from '../../auth/AccountRateLimit.ts'
import { assertAllowed } from '../../auth/assertAllowed.ts'
import { canDraftPilotageBilan } from '../../auth/pilotageAccess.ts'
import type { EventWindows } from '../../coordination/EventWindows.ts'
import type { DocumentContent } from '../../documents/DocumentContent.ts'
import type { DocumentService } from '../../documents/DocumentService.ts'
import { writeRichText } from '../../documents/writeRichText.ts'
import type { MetadataStore } from '../../persistence/MetadataStore.ts'
import type { Timers } from '../../time/Timers.ts'
import { BILAN_MESSAGES } from './bilanMessages.ts'
import type { BilanPeriod } from './bilanPeriodInput.ts'
import { bilanTitle, draftBilanPilotage } from './draftBilanPilotage.ts'
import { parisDayOf } from './formatFrenchDay.ts'
import { readBilanFacts } from './readBilanFacts.ts'

/** Default rate of bilans one account drafts: 10 an hour, far above what a team needs. */
export const DEFAULT_BILAN_LIMITS: AccountRateLimits = { perAccount: 10, windowMs: 60 * 60 * 1000 }

/** Where the regional view of the moment comes from (`PilotageService`). */
export interface RegionalViewSource {
  region(actor: Actor, filters: PilotageFilters): Promise<RegionalView>
}

/** Re-indexes a document after the server changed its content (`DocumentIndexer`). */
export interface Reindexer {
  reindex(documentId: string, editorAccountId: string | null): Promise<void>
}

/**
 * The bilan for the bureau du CoRE: drafts, on request of the regional team,
 * a `bilan-pilotage` document of the espace régional whose body holds the figures of the regional
 * view at that moment (frozen: the document never reads them again), the faits marquants of the
 * period and the supra-territorial subjects. The regional team then co-edits it like any document.
 */
export class PilotageBilanService {
  readonly #store: MetadataStore
  readonly #documents: DocumentService
  readonly #content: DocumentContent
  readonly #pilotage: RegionalViewSource
  readonly #indexer: Reindexer
  readonly #timers: Timers
  readonly #drafts: AccountRateLimit

  constructor(options: {
    store: MetadataStore
    documents: DocumentService
    content: DocumentContent
    pilotage: RegionalViewSource
    indexer: Reindexer
    timers: Timers
    /** Where drafts are counted per account (shared by every process when so configured). */
    windows: EventWindows
    limits?: AccountRateLimits
  }) {
    this.#store = options.store
    this.#documents = options.documents
    this.#content = options.content
    this.#pilotage = options.pilotage
    this.#indexer = options.indexer
    this.#timers = options.timers
    this.#drafts = new AccountRateLimit({
      limits: options.limits ?? DEFAULT_BILAN_LIMITS,
      timers: options.timers,
      tooFast: BILAN_MESSAGES.tooFast,
      windows: options.windows,
    })
  }

  /**
   * Drafts a bilan of `period` for `actor` (who must pass `canDraftPilotageBilan`; `AUTH_FORBIDDEN`
   * otherwise, `RATE_LIMITED` beyond {@link DEFAULT_BILAN_LIMITS}). Resolves with the new
   * document's id once its drafted content is stored and indexed.
   */
  async draft(actor: Actor, period: BilanPeriod): Promise<{ documentId: string }> {
    assertAllowed(canDraftPilotageBilan(actor), BILAN_MESSAGES.draftersOnly)
    await this.#drafts.admit(actor.account.id)
    const figuresDay = parisDayOf(this.#timers.now())
    const view = await this.#pilotage.region(actor, {})
    const { highlights, subjects } = await readBilanFacts(this.#store, period)
    const body = draftBilanPilotage({ period, figuresDay, view, highlights, subjects })
    const record = await this.#documents.create(actor, {
      spaceId: REGIONAL_SPACE_IDS.regional,
      kind: DocumentKind.BilanPilotage,
      title: bilanTitle(period.periodStart, period.periodEnd),
      fields: {
        periodeDebut: period.periodStart,
        periodeFin: period.periodEnd,
        dateDesChiffres: figuresDay,
      },
    })
    await this.#content.change(record.id, (doc) => {
      const fragment = doc.getXmlFragment(DocumentRoot.Body)
      fragment.delete(0, fragment.length)
      writeRichText(fragment, body)
    })
    await this.#indexer.reindex(record.id, actor.account.id)
    return { documentId: record.id }
  }
}
