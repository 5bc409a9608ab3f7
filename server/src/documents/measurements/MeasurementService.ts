import { randomUUID } from 'node:crypto'
import { parseDocumentId } from '@maillage/protocol'
import type { Actor } from '../../auth/Actor.ts'
import type { AccountRateLimit } from '../../auth/AccountRateLimit.ts'
import { assertAllowed } from '../../auth/assertAllowed.ts'
import { canMeasureIndicator } from '../../auth/pilotageAccess.ts'
import type { MetadataStore } from '../../persistence/MetadataStore.ts'
import { AuditAction } from '../../persistence/records/AuditEntry.ts'
import { isoTime } from '../../time/isoTime.ts'
import type { Timers } from '../../time/Timers.ts'
import type { DocumentContent } from '../DocumentContent.ts'
import type { DocumentIndexer } from '../DocumentIndexer.ts'
import { loadReadableDocument } from '../loadReadableDocument.ts'
import { appendMeasurement, type SavedMeasurement } from './appendMeasurement.ts'
import type { MeasurementInput } from './measurementInput.ts'
import { parisDay } from './parisDay.ts'

/** Measurements one account may add per minute, all indicators together. */
export const MEASUREMENTS_PER_MINUTE = 60

/**
 * Dated measurements of the indicators of a fiche: written by the server into
 * the fiche's co-edited indicator list, so the people editing it see them live and the fiche stays
 * the one place where the figures are entered; then indexed for the dashboards and audited.
 */
export class MeasurementService {
  readonly #store: MetadataStore
  readonly #content: DocumentContent
  readonly #indexer: DocumentIndexer
  readonly #rateLimit: AccountRateLimit
  readonly #timers: Timers

  constructor(options: {
    store: MetadataStore
    content: DocumentContent
    indexer: DocumentIndexer
    /** {@link MEASUREMENTS_PER_MINUTE} per account. */
    rateLimit: AccountRateLimit
    timers: Timers
  }) {
    this.#store = options.store
    this.#content = options.content
    this.#indexer = options.indexer
    this.#rateLimit = options.rateLimit
    this.#timers = options.timers
  }

  /** Today in Europe/Paris (`YYYY-MM-DD`): the latest date a measurement may have. */
  today(): string {
    return parisDay(this.#timers.now())
  }

  /**
   * Adds `input` to the measurements of the indicator `indicatorId` of `documentId`, entered by
   * `actor` today. `NOT_FOUND` when the actor may not read the document (or it is missing),
   * `AUTH_FORBIDDEN` when they may read but not write it, `RATE_LIMITED` past
   * {@link MEASUREMENTS_PER_MINUTE}, `INDICATOR_NOT_FOUND`, `TOO_MANY_MEASUREMENTS`.
   */
  async add(
    actor: Actor,
    target: { readonly documentId: string; readonly indicatorId: string },
    input: MeasurementInput,
  ): Promise<SavedMeasurement> {
    const record = await loadReadableDocument(this.#store, actor, target.documentId)
    assertAllowed(
      canMeasureIndicator(actor, record),
      'Seuls les contributeurs et animateurs de l’espace peuvent saisir une mesure, et pas dans un document archivé.',
    )
    await this.#rateLimit.admit(actor.account.id)
    const documentId = parseDocumentId(record.id)
    const entry = { id: randomUUID(), saisiePar: actor.account.name, saisieLe: this.today() }
    const written: SavedMeasurement[] = []
    await this.#content.change(documentId, (doc) => {
      written.push(
        appendMeasurement(doc, record.kind, { indicatorId: target.indicatorId, input }, entry),
      )
    })
    const [saved] = written
    // `change` runs `apply` exactly once before it resolves.
    if (saved === undefined) throw new Error('the measurement was not written')
    await this.#indexer.reindex(documentId, actor.account.id)
    await this.#store.appendAudit({
      at: isoTime(this.#timers),
      action: AuditAction.IndicatorMeasured,
      actorId: actor.account.id,
      target: record.id,
      details: {
        spaceId: record.spaceId,
        indicatorId: target.indicatorId,
        measurementId: saved.id,
        date: saved.date,
      },
    })
    return saved
  }
}
