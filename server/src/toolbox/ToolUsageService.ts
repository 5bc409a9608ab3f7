import type { ToolUsageBody, ToolUsageView } from '@maillage/protocol'
import { parseDocumentId } from '@maillage/protocol'
import {
  canMarkToolUsage,
  canSeeRegionalToolUsage,
  canSeeToolUsageOf,
} from '../auth/accessPolicy.ts'
import type { Actor } from '../auth/Actor.ts'
import { assertAllowed } from '../auth/assertAllowed.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { AuditAction } from '../persistence/records/AuditEntry.ts'
import type { Space } from '../persistence/records/Space.ts'
import type { ToolUsage } from '../persistence/records/ToolUsage.ts'
import { loadSpace } from '../spaces/loadSpace.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import type { ToolCatalogue } from './ToolCatalogue.ts'

/**
 * What CLPE say of the tools: one usage per (tool, CLPE), replaced by whoever marks it last, each
 * change attributed in the record and the audit trail. A CLPE's contributeurs and animateurs mark
 * its usage; its members and the regional team read it (`accessPolicy.ts`).
 */
export class ToolUsageService {
  readonly #store: MetadataStore
  readonly #catalogue: ToolCatalogue
  readonly #timers: Timers

  constructor(options: { store: MetadataStore; catalogue: ToolCatalogue; timers: Timers }) {
    this.#store = options.store
    this.#catalogue = options.catalogue
    this.#timers = options.timers
  }

  /** Marks (or re-marks) the usage of a catalogued tool by a CLPE; throws `NOT_FOUND` else. */
  async mark(actor: Actor, documentId: string, body: ToolUsageBody): Promise<ToolUsageView> {
    const space = await this.#markableSpace(actor, body.spaceId)
    const tool = await this.#catalogue.findTool(documentId)
    const usage: ToolUsage = {
      documentId: tool.id,
      spaceId: space.id,
      used: body.used,
      ...(typeof body.usefulness === 'number' ? { usefulness: body.usefulness } : {}),
      ...(typeof body.ease === 'number' ? { ease: body.ease } : {}),
      comment: body.comment ?? '',
      updatedBy: actor.account.id,
      updatedAt: isoTime(this.#timers),
    }
    await this.#store.toolbox.putToolUsage(usage)
    await this.#audit(actor, AuditAction.ToolUsageMarked, usage)
    const [view] = await this.#present([usage])
    if (view === undefined) throw new Error(`usage of ${usage.documentId} vanished`)
    return view
  }

  /** Removes a CLPE's usage of a tool; resolves to whether there was one. */
  async unmark(actor: Actor, documentId: string, spaceId: string): Promise<boolean> {
    const space = await this.#markableSpace(actor, spaceId)
    const tool = await this.#catalogue.findTool(documentId)
    const deleted = await this.#store.toolbox.deleteToolUsage(parseDocumentId(tool.id), space.id)
    if (deleted) {
      await this.#store.appendAudit({
        at: isoTime(this.#timers),
        action: AuditAction.ToolUsageUnmarked,
        actorId: actor.account.id,
        target: tool.id,
        details: { spaceId: space.id },
      })
    }
    return deleted
  }

  /**
   * The usages of one CLPE (for its members and the regional team), or of every CLPE (for the
   * regional team), of the tools still in the catalogue.
   */
  async list(actor: Actor, spaceId: string | undefined): Promise<ToolUsageView[]> {
    if (spaceId === undefined) {
      assertAllowed(
        canSeeRegionalToolUsage(actor),
        'L’usage des outils par tous les CLPE est réservé à l’équipe régionale.',
      )
      return this.#present(await this.#store.toolbox.listToolUsages())
    }
    const space = await loadSpace(this.#store, spaceId)
    assertAllowed(
      canSeeToolUsageOf(actor, space.id),
      'L’usage des outils par ce CLPE est réservé à ses membres et à l’équipe régionale.',
    )
    const usages = await this.#store.toolbox.listToolUsages()
    return this.#present(usages.filter((usage) => usage.spaceId === space.id))
  }

  async #markableSpace(actor: Actor, spaceId: string): Promise<Space> {
    const space = await loadSpace(this.#store, spaceId)
    assertAllowed(
      canMarkToolUsage(actor, space),
      'Seuls les contributeurs et animateurs d’un CLPE indiquent les outils qu’il utilise.',
    )
    return space
  }

  async #present(usages: readonly ToolUsage[]): Promise<ToolUsageView[]> {
    const [accounts, spaces, titles] = await Promise.all([
      this.#store.listAccounts(),
      this.#store.listSpaces(),
      this.#catalogue.titles(),
    ])
    const names = new Map(accounts.map((account) => [account.id, account.name]))
    const spaceNames = new Map(spaces.map((space) => [space.id as string, space.name]))
    return usages.flatMap((usage) => {
      const toolTitle = titles.get(usage.documentId)
      if (toolTitle === undefined) return []
      return [
        {
          documentId: usage.documentId,
          toolTitle,
          spaceId: usage.spaceId,
          spaceName: spaceNames.get(usage.spaceId) ?? usage.spaceId,
          used: usage.used,
          usefulness: usage.usefulness ?? null,
          ease: usage.ease ?? null,
          comment: usage.comment,
          by: { id: usage.updatedBy, name: names.get(usage.updatedBy) ?? 'Compte supprimé' },
          updatedAt: usage.updatedAt,
        },
      ]
    })
  }

  async #audit(actor: Actor, action: AuditAction, usage: ToolUsage): Promise<void> {
    await this.#store.appendAudit({
      at: usage.updatedAt,
      action,
      actorId: actor.account.id,
      target: usage.documentId,
      details: {
        spaceId: usage.spaceId,
        used: String(usage.used),
        usefulness: String(usage.usefulness ?? ''),
        ease: String(usage.ease ?? ''),
      },
    })
  }
}
