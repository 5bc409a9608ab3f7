import type { ToolUsageBody, ToolUsageView } from '@maillage/protocol'
import { parseDocumentId } from '@maillage/protocol'
import type { SpaceId } from '@maillage/schema'
import type { Actor } from '../auth/Actor.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { AuditAction } from '../persistence/records/AuditEntry.ts'
import type { ToolUsage } from '../persistence/records/ToolUsage.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import type { ToolCatalogue } from './ToolCatalogue.ts'

/**
 * What CLPE say of the tools: one usage per (tool, CLPE), replaced by whoever marks it last, each
 * change attributed in the record and the audit trail. Access is checked by the routes.
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
  async mark(
    actor: Actor,
    documentId: string,
    body: Omit<ToolUsageBody, 'spaceId'> & { spaceId: SpaceId },
  ): Promise<ToolUsageView> {
    const tool = await this.#catalogue.findTool(documentId)
    const usage: ToolUsage = {
      documentId: tool.id,
      spaceId: body.spaceId,
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
  async unmark(actor: Actor, documentId: string, spaceId: SpaceId): Promise<boolean> {
    const tool = await this.#catalogue.findTool(documentId)
    const deleted = await this.#store.toolbox.deleteToolUsage(parseDocumentId(tool.id), spaceId)
    if (deleted) {
      await this.#store.appendAudit({
        at: isoTime(this.#timers),
        action: AuditAction.ToolUsageUnmarked,
        actorId: actor.account.id,
        target: tool.id,
        details: { spaceId },
      })
    }
    return deleted
  }

  /** The usages of one CLPE, or of every CLPE, of the tools still in the catalogue. */
  async list(spaceId: SpaceId | undefined): Promise<ToolUsageView[]> {
    const usages = await this.#store.toolbox.listToolUsages()
    return this.#present(
      usages.filter((usage) => spaceId === undefined || usage.spaceId === spaceId),
    )
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
