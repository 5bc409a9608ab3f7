import type { InstanceRecords } from '../InstanceRecords.ts'
import type { InstanceMember } from '../records/InstanceMember.ts'
import type { InstanceRecord } from '../records/InstanceRecord.ts'
import { INSTANCE_MANDATES, INSTANCES } from './instanceTables.ts'
import { insertRow, selectRow, selectRows, updateRow } from './postgresRows.ts'
import type { PostgresScope } from './PostgresScope.ts'

/** The governance instances' records of `PostgresMetadataStore` (`009_instances.sql`). */
export class PostgresInstanceRecords implements InstanceRecords {
  readonly #scope: PostgresScope

  constructor(scope: PostgresScope) {
    this.#scope = scope
  }

  async createInstance(instance: InstanceRecord): Promise<void> {
    await this.#scope.write((runner) => insertRow(runner, INSTANCES, instance))
  }

  findInstance(id: string): Promise<InstanceRecord | null> {
    return selectRow(this.#scope, INSTANCES, { where: 'id = $1', values: [id] })
  }

  listInstances(): Promise<InstanceRecord[]> {
    return selectRows(this.#scope, INSTANCES)
  }

  updateInstance(
    id: string,
    patch: Partial<Omit<InstanceRecord, 'id'>>,
  ): Promise<InstanceRecord | null> {
    return updateRow(this.#scope, INSTANCES, { id, patchOf: () => patch })
  }

  async createMandate(mandate: InstanceMember): Promise<void> {
    await this.#scope.write((runner) => insertRow(runner, INSTANCE_MANDATES, mandate))
  }

  findMandate(id: string): Promise<InstanceMember | null> {
    return selectRow(this.#scope, INSTANCE_MANDATES, { where: 'id = $1', values: [id] })
  }

  listMandates(instanceId: string): Promise<InstanceMember[]> {
    return selectRows(this.#scope, INSTANCE_MANDATES, {
      where: 'instance_id = $1',
      values: [instanceId],
    })
  }

  updateMandate(
    id: string,
    patch: Partial<Omit<InstanceMember, 'id'>>,
  ): Promise<InstanceMember | null> {
    return updateRow(this.#scope, INSTANCE_MANDATES, { id, patchOf: () => patch })
  }
}
