import { afterAll, describe, expect, it, vi } from 'vitest'
import type { IndexEvent, IndexEvents } from './IndexEvents.ts'

/** How a contract suite gets adapters: `count` instances as `count` processes would hold them. */
export interface IndexEventsHarness {
  instances(count: number): Promise<IndexEvents[]>
  close(): Promise<void>
}

const saved: IndexEvent = { topic: 'document', spaceId: 'clpe-lens', documentId: 'fiche-1' }
const assessed: IndexEvent = { topic: 'maturite', spaceId: 'clpe-lens', documentId: null }
const other: IndexEvent = { topic: 'document', spaceId: 'clpe-arras', documentId: 'fiche-2' }

/** The behaviour every {@link IndexEvents} adapter must have. */
export function describeIndexEventsContract(name: string, open: () => IndexEventsHarness): void {
  describe(`IndexEvents contract: ${name}`, () => {
    const harness = open()
    afterAll(() => harness.close())

    it('delivers every event once to every listener of every instance, the publisher included', async () => {
      const instances = await harness.instances(3)
      const heard = instances.map(() => [] as IndexEvent[])
      instances.forEach((events, index) => {
        events.subscribe((event) => heard[index]?.push(event))
      })
      const [first, second] = instances as [IndexEvents, IndexEvents]
      await first.publish(saved)
      await second.publish(assessed)
      await first.publish(other)
      await vi.waitFor(() => {
        for (const events of heard) expect(events).toHaveLength(3)
      })
      for (const events of heard) {
        expect(events).toEqual(expect.arrayContaining([saved, assessed, other]))
      }
      // The publisher heard its own events at once, in order, and only once.
      expect(heard[0]?.filter((event) => event.topic === 'document')).toEqual([saved, other])
    })

    it('stops calling a listener once it unsubscribed', async () => {
      const [publisher, listener] = (await harness.instances(2)) as [IndexEvents, IndexEvents]
      const before: IndexEvent[] = []
      const after: IndexEvent[] = []
      const unsubscribe = listener.subscribe((event) => before.push(event))
      listener.subscribe((event) => after.push(event))
      await publisher.publish(saved)
      await vi.waitFor(() => {
        expect(before).toEqual([saved])
      })
      unsubscribe()
      await publisher.publish(assessed)
      await vi.waitFor(() => {
        expect(after).toEqual([saved, assessed])
      })
      expect(before).toEqual([saved])
    })

    it('delivers nothing once closed', async () => {
      const [events] = (await harness.instances(1)) as [IndexEvents]
      const heard: IndexEvent[] = []
      events.subscribe((event) => heard.push(event))
      await events.close()
      await events.publish(saved)
      expect(heard).toEqual([])
    })
  })
}
