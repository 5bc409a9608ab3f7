import type { DocumentId } from '@maillage/protocol'
import type { SpaceId } from '@maillage/schema'
import type { ToolProposal } from '../records/ToolProposal.ts'
import type { ToolUsage } from '../records/ToolUsage.ts'
import type { ToolboxRecords } from '../ToolboxRecords.ts'
import { TOOL_PROPOSALS, TOOL_USAGES } from './metadataTables.ts'
import {
  deleteRows,
  insertRow,
  selectRow,
  selectRows,
  updateRow,
  upsertRow,
} from './postgresRows.ts'
import type { PostgresScope } from './PostgresScope.ts'

/**
 * The toolbox records of `PostgresMetadataStore`. `changeToolProposal` locks the proposal's row
 * (`SELECT … FOR UPDATE`) for its read, check and write, so that two processes deciding at once
 * are taken one after the other.
 */
export class PostgresToolboxRecords implements ToolboxRecords {
  readonly #scope: PostgresScope

  constructor(scope: PostgresScope) {
    this.#scope = scope
  }

  async createToolProposal(proposal: ToolProposal): Promise<void> {
    await this.#scope.write((runner) => insertRow(runner, TOOL_PROPOSALS, proposal))
  }

  findToolProposal(id: string): Promise<ToolProposal | null> {
    return selectRow(this.#scope, TOOL_PROPOSALS, { where: 'id = $1', values: [id] })
  }

  listToolProposals(): Promise<ToolProposal[]> {
    return selectRows(this.#scope, TOOL_PROPOSALS)
  }

  updateToolProposal(
    id: string,
    patch: Partial<Omit<ToolProposal, 'id'>>,
  ): Promise<ToolProposal | null> {
    return updateRow(this.#scope, TOOL_PROPOSALS, { id, patchOf: () => patch })
  }

  changeToolProposal(
    id: string,
    change: (current: ToolProposal) => Partial<Omit<ToolProposal, 'id'>>,
  ): Promise<ToolProposal | null> {
    return updateRow(this.#scope, TOOL_PROPOSALS, { id, patchOf: change })
  }

  async putToolUsage(usage: ToolUsage): Promise<void> {
    await this.#scope.write((runner) => upsertRow(runner, TOOL_USAGES, usage))
  }

  async deleteToolUsage(documentId: DocumentId, spaceId: SpaceId): Promise<boolean> {
    const where = 'document_id = $1 AND space_id = $2'
    return (
      (await deleteRows(this.#scope, TOOL_USAGES, { where, values: [documentId, spaceId] })) > 0
    )
  }

  listToolUsages(): Promise<ToolUsage[]> {
    return selectRows(this.#scope, TOOL_USAGES)
  }
}
