import { Memory, type Adapter } from 'lowdb'
import { describe, expect, it } from 'vitest'
import { CoalescedLowdb } from './CoalescedLowdb.ts'

interface Data {
  items: { name: string }[]
}

/** A memory adapter that keeps a snapshot of each write, so the test sees what was written when. */
class SnapshotAdapter implements Adapter<Data> {
  readonly snapshots: Data[] = []
  failNext = false

  read(): Promise<Data | null> {
    return Promise.resolve(null)
  }

  write(data: Data): Promise<void> {
    if (this.failNext) {
      this.failNext = false
      return Promise.reject(new Error('disque plein'))
    }
    this.snapshots.push(structuredClone(data))
    return Promise.resolve()
  }
}

const closedError = (): Error => new Error('closed')

describe('CoalescedLowdb', () => {
  it('resolves a change once the data including it has been written', async () => {
    const adapter = new SnapshotAdapter()
    const db = new CoalescedLowdb<Data>({ adapter, data: { items: [] }, closedError })
    await db.write((data) => data.items.push({ name: 'a' }))
    expect(adapter.snapshots.at(-1)).toEqual({ items: [{ name: 'a' }] })
  })

  it('resolves reads and changes to copies of the data', async () => {
    const db = new CoalescedLowdb<Data>({
      adapter: new Memory<Data>(),
      data: { items: [{ name: 'a' }] },
      closedError,
    })
    const item = await db.read((data) => data.items[0])
    if (item !== undefined) item.name = 'changed'
    const written = await db.write((data) => data.items)
    written.pop()
    expect(await db.read((data) => data.items)).toEqual([{ name: 'a' }])
  })

  it('writes nothing when the change returns null or says nothing changed', async () => {
    const adapter = new SnapshotAdapter()
    const db = new CoalescedLowdb<Data>({ adapter, data: { items: [] }, closedError })
    await db.write(() => null)
    await db.write(
      () => 0,
      (count) => count > 0,
    )
    expect(adapter.snapshots).toEqual([])
  })

  it('keeps a change in memory when its write fails, and writes it with the next one', async () => {
    const adapter = new SnapshotAdapter()
    const db = new CoalescedLowdb<Data>({ adapter, data: { items: [] }, closedError })
    adapter.failNext = true
    await expect(db.write((data) => data.items.push({ name: 'a' }))).rejects.toThrow('disque plein')
    expect(await db.read((data) => data.items)).toEqual([{ name: 'a' }])
    await db.write((data) => data.items.push({ name: 'b' }))
    expect(adapter.snapshots).toEqual([{ items: [{ name: 'a' }, { name: 'b' }] }])
  })

  it('runs prepareWrite before each write', async () => {
    const events: string[] = []
    const adapter: Adapter<Data> = {
      read: () => Promise.resolve(null),
      write: () => {
        events.push('write')
        return Promise.resolve()
      },
    }
    const prepareWrite = () => {
      events.push('prepare')
      return Promise.resolve()
    }
    const db = new CoalescedLowdb<Data>({ adapter, data: { items: [] }, prepareWrite, closedError })
    await db.write((data) => data.items.length)
    expect(events).toEqual(['prepare', 'write'])
  })

  it('rejects every call with the closed error once closed', async () => {
    const db = new CoalescedLowdb<Data>({ adapter: new Memory(), data: { items: [] }, closedError })
    await db.close()
    expect(db.isClosed).toBe(true)
    await expect(db.read((data) => data.items)).rejects.toThrow('closed')
    await expect(db.write((data) => data.items.length)).rejects.toThrow('closed')
  })

  it('writes a transaction once, hiding its draft from reads until it commits', async () => {
    const adapter = new SnapshotAdapter()
    const db = new CoalescedLowdb<Data>({ adapter, data: { items: [] }, closedError })
    let seenOutside: Data | undefined
    await db.transaction({
      work: async (draft) => {
        await draft.write((data) => data.items.push({ name: 'a' }))
        await draft.write((data) => data.items.push({ name: 'b' }))
        seenOutside = await db.read((data) => data)
      },
    })
    expect(seenOutside).toEqual({ items: [] })
    expect(adapter.snapshots).toEqual([{ items: [{ name: 'a' }, { name: 'b' }] }])
  })

  it('drops the draft of a transaction whose work throws, and writes nothing', async () => {
    const adapter = new SnapshotAdapter()
    const db = new CoalescedLowdb<Data>({ adapter, data: { items: [] }, closedError })
    const failed = db.transaction({
      work: async (draft) => {
        await draft.write((data) => data.items.push({ name: 'a' }))
        throw new Error('abandoned')
      },
    })
    await expect(failed).rejects.toThrow('abandoned')
    expect(await db.read((data) => data.items)).toEqual([])
    expect(adapter.snapshots).toEqual([])
  })

  it('closes after the transaction under way has committed, refusing the changes waiting', async () => {
    const adapter = new SnapshotAdapter()
    const db = new CoalescedLowdb<Data>({ adapter, data: { items: [] }, closedError })
    let finish = (): void => undefined
    const finished = new Promise<void>((resolve) => {
      finish = resolve
    })
    let started = (): void => undefined
    const inside = new Promise<void>((resolve) => {
      started = resolve
    })
    const transaction = db.transaction({
      work: async (draft) => {
        started()
        await finished
        await draft.write((data) => data.items.push({ name: 'a' }))
      },
    })
    await inside
    const waiting = db.write((data) => data.items.push({ name: 'b' }))
    const order: string[] = []
    const closing = db.close().then(() => order.push('closed'))
    const committed = transaction.then(() => order.push('committed'))
    finish()
    await Promise.all([closing, committed])
    expect(order).toEqual(['committed', 'closed'])
    await expect(waiting).rejects.toThrow('closed')
    expect(adapter.snapshots).toEqual([{ items: [{ name: 'a' }] }])
  })
})
