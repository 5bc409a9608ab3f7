import type { InstanceRecords } from './InstanceRecords.ts'
import type { LowdbDatabase } from './LowdbDatabase.ts'
import type { MetadataFile } from './metadataFileSchema.ts'
import { insertRecord, replaceRecord, type RecordKind } from './recordCollection.ts'
import { instanceMemberSchema, type InstanceMember } from './records/InstanceMember.ts'
import { instanceRecordSchema, type InstanceRecord } from './records/InstanceRecord.ts'

const INSTANCE: RecordKind<InstanceRecord> = {
  name: 'instance',
  schema: instanceRecordSchema,
  unique: ['id'],
}
const MANDATE: RecordKind<InstanceMember> = {
  name: 'instance mandate',
  schema: instanceMemberSchema,
  unique: ['id'],
}

/** The governance instances' records of `LowdbMetadataStore`, in the same file and writes. */
export class LowdbInstanceRecords implements InstanceRecords {
  readonly #db: LowdbDatabase<MetadataFile>

  constructor(db: LowdbDatabase<MetadataFile>) {
    this.#db = db
  }

  async createInstance(instance: InstanceRecord): Promise<void> {
    await this.#db.write((data) => insertRecord(data.instances, instance, INSTANCE))
  }

  findInstance(id: string): Promise<InstanceRecord | null> {
    return this.#db.read((data) => data.instances.find((found) => found.id === id) ?? null)
  }

  listInstances(): Promise<InstanceRecord[]> {
    return this.#db.read((data) => data.instances)
  }

  updateInstance(
    id: string,
    patch: Partial<Omit<InstanceRecord, 'id'>>,
  ): Promise<InstanceRecord | null> {
    return this.#db.write((data) => replaceRecord(data.instances, { id, patch }, INSTANCE))
  }

  async createMandate(mandate: InstanceMember): Promise<void> {
    await this.#db.write((data) => insertRecord(data.instanceMandates, mandate, MANDATE))
  }

  findMandate(id: string): Promise<InstanceMember | null> {
    return this.#db.read((data) => data.instanceMandates.find((found) => found.id === id) ?? null)
  }

  listMandates(instanceId: string): Promise<InstanceMember[]> {
    return this.#db.read((data) =>
      data.instanceMandates.filter((found) => found.instanceId === instanceId),
    )
  }

  updateMandate(
    id: string,
    patch: Partial<Omit<InstanceMember, 'id'>>,
  ): Promise<InstanceMember | null> {
    return this.#db.write((data) => replaceRecord(data.instanceMandates, { id, patch }, MANDATE))
  }
}
