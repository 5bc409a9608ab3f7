import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { atelierId, notification, toolProposal } from '../metadataFeatureFixtures.ts'
import { account, AT, auditEntry, space } from '../metadataFixtures.ts'
import { MetadataErrorCode } from '../MetadataError.ts'
import type { AtelierRegistration } from '../records/AtelierRegistration.ts'
import type { ToolProposal } from '../records/ToolProposal.ts'
import {
  createMetadataTestDatabase,
  type MetadataTestDatabase,
} from './postgresMetadataFixtures.ts'
import { PostgresMetadataStore } from './PostgresMetadataStore.ts'

// What only the PostgreSQL adapter does: atomicity across processes (one pool each), rows read
// back from the database, the pool left to its owner. The rest: PostgresMetadataStore.contract.

let database: MetadataTestDatabase

/** `count` stores, each on a pool of its own, as `count` server processes would be. */
async function openProcesses(count: number): Promise<PostgresMetadataStore[]> {
  return await Promise.all(
    Array.from({ length: count }, () => PostgresMetadataStore.open(database.openPool())),
  )
}

function register(accountId: string) {
  return (registrations: readonly AtelierRegistration[]) => {
    const seats = registrations.filter((entry) => entry.status === 'inscrit').length
    const status = seats < 2 ? ('inscrit' as const) : ('liste-attente' as const)
    const added = { atelierId, accountId, status, registeredAt: AT }
    return { registrations: [...registrations, added], result: status }
  }
}

describe('PostgresMetadataStore', () => {
  beforeAll(async () => {
    database = await createMetadataTestDatabase()
  })
  afterAll(async () => {
    await database.drop()
  })
  beforeEach(async () => {
    await database.empty()
  })

  describe('across processes', () => {
    it('gives the 2 seats of an atelier to exactly 2 of 20 people registering at once through 3 processes', async () => {
      const processes = await openProcesses(3)
      const statuses = await Promise.all(
        Array.from({ length: 20 }, (_, index) => {
          const store = processes[index % 3]
          if (store === undefined) throw new Error('three processes')
          return store.ateliers.changeRegistrations(atelierId, register(`account-${index}`))
        }),
      )
      expect(statuses.filter((status) => status === 'inscrit')).toHaveLength(2)
      const stored = await processes[0]?.ateliers.listRegistrations(atelierId)
      expect(stored).toHaveLength(20)
      expect(stored?.filter((entry) => entry.status === 'inscrit')).toHaveLength(2)
      await Promise.all(processes.map((store) => store.close()))
    })

    it('creates one first account and passes one decision on a proposal, whatever the process', async () => {
      const processes = await openProcesses(3)
      const firsts = await Promise.all(
        processes.map((store, index) =>
          store.createFirstAccount(account({ id: `a-${index}`, email: `p${index}@example.fr` })),
        ),
      )
      expect(firsts.filter(Boolean)).toHaveLength(1)
      await processes[0]?.toolbox.createToolProposal(toolProposal())
      const decide = (current: ToolProposal): Partial<ToolProposal> => {
        if (current.status !== 'en-examen') throw new Error('decided already')
        return { status: 'valide' }
      }
      const decisions = await Promise.allSettled(
        processes.map((store) => store.toolbox.changeToolProposal('proposal-1', decide)),
      )
      expect(decisions.filter((decision) => decision.status === 'fulfilled')).toHaveLength(1)
      await Promise.all(processes.map((store) => store.close()))
    })

    it('runs the transactions of several processes one after the other', async () => {
      const processes = await openProcesses(3)
      const counts = await Promise.all(
        [...processes, ...processes].map((store) =>
          store.transaction(async (tx) => {
            const count = (await tx.notifications.listNotificationsOf('account-claire')).length
            await tx.notifications.createNotification(notification({ id: `n-${count}` }))
            return count
          }),
        ),
      )
      expect([...counts].sort()).toEqual([0, 1, 2, 3, 4, 5])
      await Promise.all(processes.map((store) => store.close()))
    })
  })

  describe('rows', () => {
    it('refuses a row that fails its schema with METADATA_CORRUPTED, naming the table', async () => {
      const store = await PostgresMetadataStore.open(database.pool)
      await store.createSpace(space())
      await database.pool.query(`UPDATE metadata_spaces SET data = data - 'name'`)
      const read = store.listSpaces()
      await expect(read).rejects.toMatchObject({ code: MetadataErrorCode.Corrupted })
      await expect(read).rejects.toThrow(/metadata_spaces/)
      await store.close()
    })

    it('keeps the audit trail append-only in the database itself', async () => {
      const store = await PostgresMetadataStore.open(database.pool)
      await store.appendAudit(auditEntry())
      await expect(database.pool.query('DELETE FROM metadata_audit')).rejects.toThrow(/append-only/)
      expect(await store.listAudit()).toEqual([auditEntry()])
      await store.close()
    })

    it('leaves the pool open when closed: the composition root owns it', async () => {
      const store = await PostgresMetadataStore.open(database.pool)
      await store.close()
      const answer = await database.pool.query<{ one: number }>('SELECT 1 AS one')
      expect(answer.rows).toEqual([{ one: 1 }])
    })
  })
})
