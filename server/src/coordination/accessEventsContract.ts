import { parseDocumentId } from '@maillage/protocol'
import { afterAll, describe, expect, it, vi } from 'vitest'
import type { AccessChange, AccessEvents } from './AccessEvents.ts'

/** How a contract suite gets adapters: `count` instances as `count` processes would hold them. */
export interface AccessEventsHarness {
  instances(count: number): Promise<AccessEvents[]>
  close(): Promise<void>
}

const documentChange: AccessChange = { kind: 'document', documentId: parseDocumentId('plan-2026') }
const accountChange: AccessChange = { kind: 'account', accountId: 'compte-1' }
const sessionChange: AccessChange = { kind: 'session', sessionTokenHash: 'empreinte' }

/** The behaviour every {@link AccessEvents} adapter must have. */
export function describeAccessEventsContract(name: string, open: () => AccessEventsHarness): void {
  describe(`AccessEvents contract: ${name}`, () => {
    const harness = open()
    afterAll(() => harness.close())

    it('delivers every change once to every listener of every instance, the publisher included', async () => {
      const instances = await harness.instances(3)
      const heard = instances.map(() => [] as AccessChange[])
      instances.forEach((events, index) => {
        events.subscribe((change) => heard[index]?.push(change))
      })
      const [first, second] = instances as [AccessEvents, AccessEvents]
      await first.publish(documentChange)
      await second.publish(accountChange)
      await first.publish(sessionChange)
      await vi.waitFor(() => {
        for (const changes of heard) expect(changes).toHaveLength(3)
      })
      for (const changes of heard) {
        expect(changes).toEqual(
          expect.arrayContaining([documentChange, accountChange, sessionChange]),
        )
      }
      // The publisher heard its own changes at once, in order, and only once.
      expect(heard[0]?.filter((change) => change.kind !== 'account')).toEqual([
        documentChange,
        sessionChange,
      ])
    })

    it('stops calling a listener once it unsubscribed', async () => {
      const [publisher, listener] = (await harness.instances(2)) as [AccessEvents, AccessEvents]
      const before: AccessChange[] = []
      const after: AccessChange[] = []
      const unsubscribe = listener.subscribe((change) => before.push(change))
      listener.subscribe((change) => after.push(change))
      await publisher.publish(accountChange)
      await vi.waitFor(() => {
        expect(before).toEqual([accountChange])
      })
      unsubscribe()
      await publisher.publish(sessionChange)
      await vi.waitFor(() => {
        expect(after).toEqual([accountChange, sessionChange])
      })
      expect(before).toEqual([accountChange])
    })
  })
}
