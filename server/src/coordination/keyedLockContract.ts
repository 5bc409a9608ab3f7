import { afterAll, describe, expect, it } from 'vitest'
import type { KeyedLock } from './KeyedLock.ts'

/** How a contract suite gets adapters: `count` instances sharing one state, as processes would. */
export interface KeyedLockHarness {
  instances(count: number): Promise<KeyedLock[]>
  close(): Promise<void>
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined
  const promise = new Promise<void>((done) => {
    resolve = done
  })
  return { promise, resolve }
}

// Lets other tasks, timers and replies from Redis run in between, as real work would.
function yieldToOthers(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

/** The behaviour every {@link KeyedLock} adapter must have. */
export function describeKeyedLockContract(name: string, open: () => KeyedLockHarness): void {
  describe(`KeyedLock contract: ${name}`, () => {
    const harness = open()
    afterAll(() => harness.close())

    it('never overlaps two tasks of one key, even given to 3 instances in parallel', async () => {
      const instances = await harness.instances(3)
      let running = 0
      let overlaps = 0
      let value = 0
      await Promise.all(
        Array.from({ length: 24 }, (_, index) =>
          (instances[index % 3] as KeyedLock).run('fil', async () => {
            running += 1
            if (running > 1) overlaps += 1
            // A read-change-write that loses updates unless the tasks are serial.
            const read = value
            await yieldToOthers()
            value = read + 1
            running -= 1
          }),
        ),
      )
      expect(overlaps).toBe(0)
      expect(value).toBe(24)
    })

    it('runs tasks of different keys in parallel', async () => {
      const [first, second] = (await harness.instances(2)) as [KeyedLock, KeyedLock]
      const gate = deferred()
      const blocked = first.run('a', () => gate.promise)
      await expect(second.run('b', () => Promise.resolve('b'))).resolves.toBe('b')
      gate.resolve()
      await blocked
    })

    it('releases the lock of a task that throws, with its error', async () => {
      const [first, second] = (await harness.instances(2)) as [KeyedLock, KeyedLock]
      const failure = new Error('refusé')
      await expect(first.run('c', () => Promise.reject(failure))).rejects.toBe(failure)
      await expect(second.run('c', () => Promise.resolve('suite'))).resolves.toBe('suite')
      await expect(first.run('c', () => Promise.resolve('encore'))).resolves.toBe('encore')
    })

    it('runs the tasks one instance was given for one key in the order given', async () => {
      const [lock] = (await harness.instances(1)) as [KeyedLock]
      const order: number[] = []
      await Promise.all(
        [1, 2, 3, 4].map((index) =>
          lock.run('ordre', async () => {
            await yieldToOthers()
            order.push(index)
          }),
        ),
      )
      expect(order).toEqual([1, 2, 3, 4])
    })
  })
}
