import { describe, expect, it } from 'vitest'
import { startBackgroundRun } from './BackgroundRun.ts'

describe('startBackgroundRun', () => {
  it('tells the work it was asked to stop, and stop resolves once the work ended', async () => {
    const seen: boolean[] = []
    let release = (): void => undefined
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    const run = startBackgroundRun(
      async (isStopped) => {
        seen.push(isStopped())
        await gate
        seen.push(isStopped())
      },
      () => undefined,
    )
    const stopping = run.stop()
    release()
    await stopping
    expect(seen).toEqual([false, true])
  })

  it('hands a failure to onFailure, and done resolves', async () => {
    const failures: unknown[] = []
    const run = startBackgroundRun(
      () => Promise.reject(new Error('disque plein')),
      (error) => failures.push(error),
    )
    await expect(run.done).resolves.toBeUndefined()
    expect(failures).toHaveLength(1)
  })
})
