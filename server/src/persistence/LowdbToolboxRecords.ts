import type { DocumentId } from '@maillage/protocol'
import type { SpaceId } from '@maillage/schema'
import type { CoalescedLowdb } from './CoalescedLowdb.ts'
import type { MetadataFile } from './metadataFileSchema.ts'
import type { NotificationRecords } from './NotificationRecords.ts'
import { insertRecord, replaceRecord, validateRecord } from './recordCollection.ts'
import { NOTIFICATION, TOOL_PROPOSAL } from './recordKinds.ts'
import type { Notification } from './records/Notification.ts'
import type { ToolProposal } from './records/ToolProposal.ts'
import { toolUsageSchema, type ToolUsage } from './records/ToolUsage.ts'
import type { ToolboxRecords } from './ToolboxRecords.ts'

/**
 * The toolbox and notification records of {@link LowdbMetadataStore}, kept in the same file and
 * written through the same coalesced database.
 */
export class LowdbToolboxRecords implements ToolboxRecords, NotificationRecords {
  readonly #db: CoalescedLowdb<MetadataFile>

  constructor(db: CoalescedLowdb<MetadataFile>) {
    this.#db = db
  }

  async createToolProposal(proposal: ToolProposal): Promise<void> {
    await this.#db.write((data) => insertRecord(data.toolProposals, proposal, TOOL_PROPOSAL))
  }

  findToolProposal(id: string): Promise<ToolProposal | null> {
    return this.#db.read((data) => data.toolProposals.find((entry) => entry.id === id) ?? null)
  }

  listToolProposals(): Promise<ToolProposal[]> {
    return this.#db.read((data) => data.toolProposals)
  }

  updateToolProposal(
    id: string,
    patch: Partial<Omit<ToolProposal, 'id'>>,
  ): Promise<ToolProposal | null> {
    return this.#db.write((data) => replaceRecord(data.toolProposals, { id, patch }, TOOL_PROPOSAL))
  }

  changeToolProposal(
    id: string,
    change: (current: ToolProposal) => Partial<Omit<ToolProposal, 'id'>>,
  ): Promise<ToolProposal | null> {
    return this.#db.write((data) => {
      const current = data.toolProposals.find((entry) => entry.id === id)
      if (current === undefined) return null
      // A copy, so that a `change` mutating its argument cannot alter the data if it then throws.
      const patch = change(structuredClone(current))
      return replaceRecord(data.toolProposals, { id, patch }, TOOL_PROPOSAL)
    })
  }

  async putToolUsage(usage: ToolUsage): Promise<void> {
    await this.#db.write((data) => {
      const stored = validateRecord(toolUsageSchema, usage, 'tool usage')
      const index = indexOfUsage(data, stored.documentId, stored.spaceId)
      if (index === -1) data.toolUsages.push(stored)
      else data.toolUsages[index] = stored
      return true
    })
  }

  deleteToolUsage(documentId: DocumentId, spaceId: SpaceId): Promise<boolean> {
    return this.#db.write(
      (data) => {
        const index = indexOfUsage(data, documentId, spaceId)
        return index !== -1 && data.toolUsages.splice(index, 1).length === 1
      },
      (deleted) => deleted,
    )
  }

  listToolUsages(): Promise<ToolUsage[]> {
    return this.#db.read((data) => data.toolUsages)
  }

  async createNotification(notification: Notification): Promise<void> {
    await this.#db.write((data) => insertRecord(data.notifications, notification, NOTIFICATION))
  }

  async createNotifications(notifications: readonly Notification[]): Promise<void> {
    if (notifications.length === 0) return
    await this.#db.write((data) => {
      // Inserted into a copy, so that a refused one leaves the data as it was (see `write`).
      const next = [...data.notifications]
      for (const notification of notifications) insertRecord(next, notification, NOTIFICATION)
      data.notifications = next
      return notifications.length
    })
  }

  listNotificationsOf(accountId: string): Promise<Notification[]> {
    return this.#db.read((data) =>
      data.notifications.filter((notification) => notification.accountId === accountId),
    )
  }

  updateNotification(
    id: string,
    patch: Partial<Omit<Notification, 'id'>>,
  ): Promise<Notification | null> {
    return this.#db.write((data) => replaceRecord(data.notifications, { id, patch }, NOTIFICATION))
  }

  markAllNotificationsRead(accountId: string, readAt: string): Promise<number> {
    return this.#db.write(
      (data) => {
        const unread = data.notifications.filter(
          (notification) =>
            notification.accountId === accountId && notification.readAt === undefined,
        )
        // Replaced in a copy, so that a refused date leaves the data as it was (see `write`).
        const next = [...data.notifications]
        for (const { id } of unread) replaceRecord(next, { id, patch: { readAt } }, NOTIFICATION)
        data.notifications = next
        return unread.length
      },
      (marked) => marked > 0,
    )
  }
}

function indexOfUsage(data: MetadataFile, documentId: string, spaceId: string): number {
  return data.toolUsages.findIndex(
    (usage) => usage.documentId === documentId && usage.spaceId === spaceId,
  )
}
