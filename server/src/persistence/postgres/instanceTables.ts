import { instanceMemberSchema, type InstanceMember } from '../records/InstanceMember.ts'
import { instanceRecordSchema, type InstanceRecord } from '../records/InstanceRecord.ts'
import type { PostgresTable } from './postgresRows.ts'

// The tables of 009_instances.sql, as postgresRows.ts reads and writes them.

/** The governance instances. */
export const INSTANCES: PostgresTable<InstanceRecord> = {
  name: 'metadata_instances',
  what: 'instance',
  schema: instanceRecordSchema,
  columns: { id: (instance) => instance.id },
  key: ['id'],
}

/** The members' mandates, looked up by instance. */
export const INSTANCE_MANDATES: PostgresTable<InstanceMember> = {
  name: 'metadata_instance_mandates',
  what: 'instance mandate',
  schema: instanceMemberSchema,
  columns: {
    id: (mandate) => mandate.id,
    instance_id: (mandate) => mandate.instanceId,
  },
  key: ['id'],
}
