import { randomUUID } from 'node:crypto'
import type { Actor } from '../auth/Actor.ts'
import type { AccountRateLimit } from '../auth/AccountRateLimit.ts'
import { assertAllowed } from '../auth/assertAllowed.ts'
import {
  canCurateVeille,
  canEditVeilleItem,
  canProposeVeille,
  canReadVeilleItem,
} from '../auth/veilleAccess.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import { MetadataError, MetadataErrorCode } from '../persistence/MetadataError.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { AuditAction } from '../persistence/records/AuditEntry.ts'
import {
  VeilleOriginKind,
  VeilleStatus,
  type VeilleItem,
} from '../persistence/records/VeilleItem.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import { filterVeilleItems, type VeilleFilters } from './filterVeilleItems.ts'
import { normalizeVeilleUrl } from './normalizeVeilleUrl.ts'
import type { VeilleCurationInput, VeilleItemInput, VeilleItemPatch } from './veilleInput.ts'
import { veilleItemPath } from './veillePaths.ts'

/** Items one account may propose by hand within {@link VEILLE_ADDITIONS_WINDOW_MS}. */
export const VEILLE_ADDITIONS_PER_HOUR = 30
/** One hour, the window of {@link VEILLE_ADDITIONS_PER_HOUR}. */
export const VEILLE_ADDITIONS_WINDOW_MS = 60 * 60 * 1000

/**
 * The veille (watch): items anyone in a space proposes and the regional team curates — publish,
 * set aside, edit, select for the lettre, delete (`auth/veilleAccess.ts`). Everyone signed in
 * reads published items; a proposal is seen by its author and the curators, and answers
 * `NOT_FOUND` to others like a missing one. One item per page: a second one with the same
 * normalised URL is refused with `VEILLE_DUPLICATE`, naming the first. Every change is audited.
 */
export class VeilleService {
  readonly #store: MetadataStore
  readonly #timers: Timers
  readonly #additions: AccountRateLimit

  /** `additions`: the rate of items one account proposes by hand. */
  constructor(options: { store: MetadataStore; timers: Timers; additions: AccountRateLimit }) {
    this.#store = options.store
    this.#timers = options.timers
    this.#additions = options.additions
  }

  /**
   * The items `actor` may read that match `filters`, newest publication first. Used by the
   * veille's page and feeds, and by the lettre (published items selected for it).
   */
  async listItems(actor: Actor, filters: VeilleFilters = {}): Promise<VeilleItem[]> {
    const items = await this.#store.veille.listItems()
    const readable = items.filter((item) => canReadVeilleItem(actor, item))
    return filterVeilleItems(readable, filters)
  }

  /** One item `actor` may read; `NOT_FOUND` otherwise. */
  async getItem(actor: Actor, id: string): Promise<VeilleItem> {
    const item = await this.#store.veille.findItem(id)
    if (item === null || !canReadVeilleItem(actor, item)) {
      throw new AppError(ErrorCode.NotFound, 'Cet élément de veille n’existe pas ou plus.')
    }
    return item
  }

  /** Records an item typed by `actor`, status `propose`; counts against their hourly additions. */
  async propose(actor: Actor, input: VeilleItemInput): Promise<VeilleItem> {
    assertAllowed(
      canProposeVeille(actor),
      'Seuls les membres d’un espace proposent des éléments de veille.',
    )
    await this.#additions.admit(actor.account.id)
    return this.insert(actor, input, { kind: VeilleOriginKind.Saisie })
  }

  /**
   * Stores a new proposed item of `actor` (no permission check nor rate: the caller's), audited.
   * Throws `VEILLE_DUPLICATE` when an item has the same normalised URL.
   */
  async insert(
    actor: Actor,
    input: VeilleItemInput,
    origin: VeilleItem['origin'],
  ): Promise<VeilleItem> {
    const normalizedUrl = this.#normalize(input.url)
    await this.#assertNoDuplicate(normalizedUrl, null)
    const now = isoTime(this.#timers)
    const item: VeilleItem = {
      id: randomUUID(),
      ...input,
      normalizedUrl,
      status: VeilleStatus.Propose,
      selectedForLettre: false,
      addedBy: { id: actor.account.id, name: actor.account.name },
      addedAt: now,
      origin,
    }
    try {
      await this.#store.veille.createItem(item)
    } catch (error) {
      // Two proposals of one page at once: the store's unique key decides, the loser is told.
      if (isConflict(error)) await this.#assertNoDuplicate(normalizedUrl, null)
      throw error
    }
    await this.#audit(actor, AuditAction.VeilleProposed, item, {
      title: item.title,
      origin: origin.kind,
    })
    return item
  }

  /** Changes the fields of an item: curators, or its author while it is proposed. */
  async edit(actor: Actor, id: string, patch: VeilleItemPatch): Promise<VeilleItem> {
    const item = await this.getItem(actor, id)
    assertAllowed(
      canEditVeilleItem(actor, item),
      'Seule l’équipe régionale modifie un élément publié ou écarté ; l’auteur modifie sa proposition.',
    )
    const normalizedUrl = patch.url === undefined ? item.normalizedUrl : this.#normalize(patch.url)
    if (normalizedUrl !== item.normalizedUrl) await this.#assertNoDuplicate(normalizedUrl, item.id)
    const updated = await this.#update(item.id, {
      ...patch,
      normalizedUrl,
      updatedAt: isoTime(this.#timers),
    })
    await this.#audit(actor, AuditAction.VeilleEdited, updated, {
      fields: Object.keys(patch).join(','),
    })
    return updated
  }

  /**
   * Publishes, sets aside or proposes again an item, and selects it for the lettre or not
   * (regional team). Only a published item may be selected; leaving `publie` unselects it.
   */
  async curate(actor: Actor, id: string, change: VeilleCurationInput): Promise<VeilleItem> {
    const item = await this.getItem(actor, id)
    assertAllowed(canCurateVeille(actor), 'Seule l’équipe régionale publie ou écarte la veille.')
    const status = change.status ?? item.status
    const selected =
      status === VeilleStatus.Publie ? (change.selectedForLettre ?? item.selectedForLettre) : false
    if (change.selectedForLettre === true && status !== VeilleStatus.Publie) {
      throw new AppError(
        ErrorCode.Conflict,
        'Seul un élément publié peut être retenu pour la lettre : publiez-le d’abord.',
      )
    }
    const updated = await this.#update(item.id, {
      status,
      selectedForLettre: selected,
      curatedBy: { id: actor.account.id, name: actor.account.name },
      curatedAt: isoTime(this.#timers),
    })
    await this.#audit(actor, AuditAction.VeilleCurated, updated, {
      status,
      selectedForLettre: String(selected),
    })
    return updated
  }

  /** Deletes an item (regional team). */
  async remove(actor: Actor, id: string): Promise<void> {
    const item = await this.getItem(actor, id)
    assertAllowed(canCurateVeille(actor), 'Seule l’équipe régionale supprime un élément de veille.')
    if (!(await this.#store.veille.deleteItem(item.id))) return
    await this.#audit(actor, AuditAction.VeilleDeleted, item, { title: item.title })
  }

  #normalize(url: string): string {
    const normalized = normalizeVeilleUrl(url)
    if (normalized === null) {
      throw new AppError(
        ErrorCode.ValidationFailed,
        'Saisissez une adresse web complète, commençant par https://',
        { details: { url: 'Saisissez une adresse web complète, commençant par https://' } },
      )
    }
    return normalized
  }

  async #assertNoDuplicate(normalizedUrl: string, exceptId: string | null): Promise<void> {
    const existing = await this.#store.veille.findItemByNormalizedUrl(normalizedUrl)
    if (existing === null || existing.id === exceptId) return
    throw new AppError(
      ErrorCode.VeilleDuplicate,
      `Cette page est déjà dans la veille : « ${existing.title} ».`,
      { details: { existingId: existing.id, existingPath: veilleItemPath(existing.id) } },
    )
  }

  async #update(id: string, patch: Partial<Omit<VeilleItem, 'id'>>): Promise<VeilleItem> {
    const updated = await this.#store.veille.updateItem(id, patch)
    if (updated === null) {
      throw new AppError(ErrorCode.NotFound, 'Cet élément de veille n’existe pas ou plus.')
    }
    return updated
  }

  async #audit(
    actor: Actor,
    action: AuditAction,
    item: VeilleItem,
    details: Record<string, string>,
  ): Promise<void> {
    await this.#store.appendAudit({
      at: isoTime(this.#timers),
      action,
      actorId: actor.account.id,
      target: item.id,
      details,
    })
  }
}

function isConflict(error: unknown): boolean {
  return error instanceof MetadataError && error.code === MetadataErrorCode.Conflict
}
