import type { DocumentId } from '@maillage/protocol'
import type { SpaceId } from '@maillage/schema'
import type { LowdbDatabase } from './LowdbDatabase.ts'
import type { MetadataFile } from './metadataFileSchema.ts'
import { insertRecord, replaceRecord, validateRecord } from './recordCollection.ts'
import { TOOL_PROPOSAL } from './recordKinds.ts'
import type { ToolProposal } from './records/ToolProposal.ts'
import { toolUsageSchema, type ToolUsage } from './records/ToolUsage.ts'
import type { ToolboxRecords } from './ToolboxRecords.ts'

/**
 * The toolbox records of `LowdbMetadataStore`, kept in the same file and written through the same
 * coalesced database (or the draft of a transaction).
 */
export class LowdbToolboxRecords implements ToolboxRecords {
  readonly #db: LowdbDatabase<MetadataFile>

  constructor(db: LowdbDatabase<MetadataFile>) {
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
}

function indexOfUsage(data: MetadataFile, documentId: string, spaceId: string): number {
  return data.toolUsages.findIndex(
    (usage) => usage.documentId === documentId && usage.spaceId === spaceId,
  )
}
