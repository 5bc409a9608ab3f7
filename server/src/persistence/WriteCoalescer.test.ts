import { describe, expect, it } from 'vitest'
import { WriteCoalescer } from './WriteCoalescer.ts'

/** A write function whose calls stay pending until the test settles them, one by one. */
function controlledWrites(read: () => number) {
  const calls: { state: number; resolve: () => void; reject: (error: Error) => void }[] = []
  const write = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      calls.push({ state: read(), resolve, reject })
    })
  const call = (index: number) => {
    const found = calls[index]
    if (found === undefined) throw new Error(`write ${index} was not started`)
    return found
  }
  return { calls, write, call }
}

/** Lets pending promise callbacks run. */
const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/** Tells whether `promise` has settled yet, without waiting for it. */
function track(promise: Promise<void>): { settled: () => boolean } {
  let settled = false
  promise.then(
    () => (settled = true),
    () => (settled = true),
  )
  return { settled: () => settled }
}

describe('WriteCoalescer', () => {
  it('starts a write at once when none is in flight', () => {
    const writes = controlledWrites(() => 1)
    void new WriteCoalescer(writes.write).request()
    expect(writes.calls).toHaveLength(1)
  })

  it('merges the requests made during a write into one queued write of the latest state', async () => {
    let state = 0
    const writes = controlledWrites(() => state)
    const coalescer = new WriteCoalescer(writes.write)
    state = 1
    const first = coalescer.request()
    const later = [2, 3, 4].map((next) => {
      state = next
      return coalescer.request()
    })
    expect(writes.calls).toHaveLength(1)
    writes.call(0).resolve()
    await first
    await flush()
    expect(writes.calls.map((call) => call.state)).toEqual([1, 4])
    writes.call(1).resolve()
    await Promise.all(later)
    expect(writes.calls).toHaveLength(2)
  })

  it('resolves a request made during a write only once the write after it has landed', async () => {
    const writes = controlledWrites(() => 0)
    const coalescer = new WriteCoalescer(writes.write)
    const first = coalescer.request()
    const second = track(coalescer.request())
    writes.call(0).resolve()
    await first
    await flush()
    expect(second.settled()).toBe(false)
    writes.call(1).resolve()
    await flush()
    expect(second.settled()).toBe(true)
  })

  it('rejects the requests of a failed write and still runs the queued one', async () => {
    const writes = controlledWrites(() => 0)
    const coalescer = new WriteCoalescer(writes.write)
    const first = coalescer.request()
    const second = coalescer.request()
    writes.call(0).reject(new Error('disque plein'))
    await expect(first).rejects.toThrow('disque plein')
    await flush()
    writes.call(1).resolve()
    await expect(second).resolves.toBeUndefined()
  })

  it('starts a new write for a request made after the last one landed', async () => {
    const writes = controlledWrites(() => 0)
    const coalescer = new WriteCoalescer(writes.write)
    const first = coalescer.request()
    writes.call(0).resolve()
    await first
    void coalescer.request()
    expect(writes.calls).toHaveLength(2)
  })

  it('settles once the write in flight and the queued one are done, even if they failed', async () => {
    const writes = controlledWrites(() => 0)
    const coalescer = new WriteCoalescer(writes.write)
    const first = coalescer.request()
    const second = coalescer.request()
    const settled = track(coalescer.settle())
    writes.call(0).reject(new Error('disque plein'))
    await expect(first).rejects.toThrow()
    await flush()
    expect(settled.settled()).toBe(false)
    writes.call(1).reject(new Error('disque plein'))
    await expect(second).rejects.toThrow()
    await flush()
    expect(settled.settled()).toBe(true)
  })
})
