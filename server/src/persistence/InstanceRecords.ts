import type { InstanceMember } from './records/InstanceMember.ts'
import type { InstanceRecord } from './records/InstanceRecord.ts'

/**
 * The governance's instances and their members' mandates in the metadata store. Same contract as
 * {@link MetadataStore} (validated, copies, `METADATA_CONFLICT` on a taken id).
 */
export interface InstanceRecords {
  createInstance(instance: InstanceRecord): Promise<void>
  findInstance(id: string): Promise<InstanceRecord | null>
  /** Every instance, oldest first. */
  listInstances(): Promise<InstanceRecord[]>
  updateInstance(
    id: string,
    patch: Partial<Omit<InstanceRecord, 'id'>>,
  ): Promise<InstanceRecord | null>

  createMandate(mandate: InstanceMember): Promise<void>
  findMandate(id: string): Promise<InstanceMember | null>
  /** The mandates of one instance, past ones included, oldest first. */
  listMandates(instanceId: string): Promise<InstanceMember[]>
  updateMandate(
    id: string,
    patch: Partial<Omit<InstanceMember, 'id'>>,
  ): Promise<InstanceMember | null>
}
