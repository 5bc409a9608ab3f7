import { describe, expect, it } from 'vitest'
import { SerialQueues } from './SerialQueues.ts'

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined
  const promise = new Promise<void>((done) => {
    resolve = done
  })
  return { promise, resolve }
}

describe('SerialQueues', () => {
  it('runs the tasks of one key one after the other, in order', async () => {
    const queues = new SerialQueues()
    const gate = deferred()
    const log: string[] = []
    const first = queues.run('fil', async () => {
      log.push('premier commence')
      await gate.promise
      log.push('premier finit')
    })
    const second = queues.run('fil', () => {
      log.push('second')
      return Promise.resolve()
    })
    await Promise.resolve()
    expect(log).toEqual(['premier commence'])
    gate.resolve()
    await Promise.all([first, second])
    expect(log).toEqual(['premier commence', 'premier finit', 'second'])
  })

  it('runs different keys concurrently, goes on after a failure and forgets idle keys', async () => {
    const queues = new SerialQueues()
    const gate = deferred()
    const blocked = queues.run('a', () => gate.promise)
    await expect(queues.run('b', () => Promise.resolve('b'))).resolves.toBe('b')
    const failed = queues.run('a', () => Promise.reject(new Error('refusé')))
    const after = queues.run('a', () => Promise.resolve('suite'))
    gate.resolve()
    await blocked
    await expect(failed).rejects.toThrow('refusé')
    await expect(after).resolves.toBe('suite')
    await Promise.resolve()
    expect(queues.size).toBe(0)
  })
})
