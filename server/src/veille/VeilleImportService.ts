import type { VeilleImportView } from '@maillage/protocol'
import type { AccountRateLimit } from '../auth/AccountRateLimit.ts'
import type { Actor } from '../auth/Actor.ts'
import { assertAllowed } from '../auth/assertAllowed.ts'
import { canCurateVeille } from '../auth/veilleAccess.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { AuditAction } from '../persistence/records/AuditEntry.ts'
import { VeilleOriginKind } from '../persistence/records/VeilleItem.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import { feedEntryToInput } from './feedEntryToInput.ts'
import { fetchVeilleFeed } from './fetchVeilleFeed.ts'
import { presentVeilleItem } from './presentVeilleItem.ts'
import type { VeilleImportLimits } from './VeilleImportLimits.ts'
import type { VeilleService } from './VeilleService.ts'

/** Imports one account may run within {@link VEILLE_IMPORTS_WINDOW_MS}. */
export const VEILLE_IMPORTS_PER_HOUR = 10
/** One hour. */
export const VEILLE_IMPORTS_WINDOW_MS = 60 * 60 * 1000

/**
 * The import of an external RSS 2.0 or Atom feed into the veille, by the regional team: the
 * server fetches it within its limits (`fetchVeilleFeed`), reads its entries and proposes each
 * as an item (status `propose`, origin `import` with the feed's address), skipping the pages the
 * veille already has. Answers what was imported, what was a duplicate and what was refused, why.
 */
export class VeilleImportService {
  readonly #store: MetadataStore
  readonly #veille: VeilleService
  readonly #timers: Timers
  readonly #limits: VeilleImportLimits
  readonly #imports: AccountRateLimit

  constructor(options: {
    store: MetadataStore
    veille: VeilleService
    timers: Timers
    limits: VeilleImportLimits
    /** The rate of imports of one account. */
    imports: AccountRateLimit
  }) {
    this.#store = options.store
    this.#veille = options.veille
    this.#timers = options.timers
    this.#limits = options.limits
    this.#imports = options.imports
  }

  /** Imports the feed at `url` as `actor` (regional team). */
  async importFeed(actor: Actor, url: string): Promise<VeilleImportView> {
    assertAllowed(canCurateVeille(actor), 'Seule l’équipe régionale importe un flux de veille.')
    await this.#imports.admit(actor.account.id)
    const fetched = await fetchVeilleFeed(url, this.#limits)
    // The XML parser is loaded at the first import, not at start.
    const { parseVeilleFeed } = await import('./parseVeilleFeed.ts')
    const feed = parseVeilleFeed(fetched.text)
    const imported: VeilleImportView['imported'][number][] = []
    const duplicates: VeilleImportView['duplicates'][number][] = []
    const rejected: VeilleImportView['rejected'][number][] = []
    for (const [index, entry] of feed.entries.entries()) {
      const name = entry.title || `Entrée n° ${index + 1}`
      if (index >= this.#limits.maxEntries) {
        rejected.push({
          entry: name,
          reason: `Au-delà des ${this.#limits.maxEntries} premières entrées du flux.`,
        })
        continue
      }
      const mapped = feedEntryToInput(entry, { title: feed.title, url: fetched.url })
      if (!mapped.ok) {
        rejected.push({ entry: name, reason: mapped.reason })
        continue
      }
      try {
        const item = await this.#veille.insert(actor, mapped.input, {
          kind: VeilleOriginKind.Import,
          feedUrl: url,
        })
        imported.push(presentVeilleItem(actor, item))
      } catch (error) {
        const existingId = duplicateOf(error)
        if (existingId === null) throw error
        duplicates.push({ title: mapped.input.title, existingId })
      }
    }
    await this.#store.appendAudit({
      at: isoTime(this.#timers),
      action: AuditAction.VeilleImported,
      actorId: actor.account.id,
      target: url,
      details: {
        imported: String(imported.length),
        duplicates: String(duplicates.length),
        rejected: String(rejected.length),
      },
    })
    return { imported, duplicates, rejected }
  }
}

function duplicateOf(error: unknown): string | null {
  if (!(error instanceof AppError) || error.code !== ErrorCode.VeilleDuplicate) return null
  return error.details?.['existingId'] ?? null
}
