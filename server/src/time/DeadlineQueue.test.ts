import { describe, expect, it } from 'vitest'
import { DeadlineQueue } from './DeadlineQueue.ts'
import type { Timers } from './Timers.ts'

// A clock that stands still until moved, with real timers: the sweeps run, only `now` is ours.
function standingClock(start: number): Timers & { advance(ms: number): void } {
  let now = start
  return {
    now: () => now,
    setTimeout: (callback, delayMs) => setTimeout(callback, delayMs),
    clearTimeout: (handle) => {
      clearTimeout(handle)
    },
    advance: (ms) => {
      now += ms
    },
  }
}

function nextSweeps(count: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 5 * count + 20))
}

describe('DeadlineQueue', () => {
  it('hands each item over once its deadline has passed, never before, in deadline order', async () => {
    const clock = standingClock(1_000_000)
    const due: string[][] = []
    const queue = new DeadlineQueue<string>({
      timers: clock,
      sweepMs: 5,
      onDue: (items) => due.push(items),
    })
    queue.add('tard', 1_000_000 + 30_000)
    queue.add('tôt', 1_000_000 + 10_000)
    queue.add('milieu', 1_000_000 + 20_500)

    await nextSweeps(3)
    expect(due).toEqual([])

    clock.advance(10_000)
    await nextSweeps(3)
    expect(due).toEqual([['tôt']])

    // 20.5 s rounds up to 21 s: not yet at 20.9 s.
    clock.advance(10_900)
    await nextSweeps(3)
    expect(due).toEqual([['tôt']])

    clock.advance(10_000)
    await nextSweeps(3)
    expect(due).toEqual([['tôt'], ['milieu', 'tard']])
    expect(queue.size).toBe(0)
  })

  it('forgets a deleted item and follows a moved deadline', async () => {
    const clock = standingClock(0)
    const due: string[] = []
    const queue = new DeadlineQueue<string>({
      timers: clock,
      sweepMs: 5,
      onDue: (items) => due.push(...items),
    })
    queue.add('fermée avant', 5_000)
    queue.add('prolongée', 5_000)
    queue.add('échue', 5_000)
    queue.delete('fermée avant')
    queue.add('prolongée', 60_000)

    clock.advance(6_000)
    await nextSweeps(3)
    expect(due).toEqual(['échue'])
    expect(queue.size).toBe(1)

    queue.clear()
    clock.advance(60_000)
    await nextSweeps(3)
    expect(due).toEqual(['échue'])
  })

  it('keeps many deadlines in order whatever order they came in', async () => {
    const clock = standingClock(0)
    const due: number[] = []
    const queue = new DeadlineQueue<number>({
      timers: clock,
      sweepMs: 5,
      onDue: (items) => due.push(...items),
    })
    const deadlines = Array.from({ length: 200 }, (_, index) => ((index * 7919) % 200) * 1000)
    for (const deadline of deadlines) queue.add(deadline, deadline)
    for (let second = 0; second < 200; second += 50) {
      clock.advance(50_000)
      await nextSweeps(2)
    }
    expect(due).toEqual([...deadlines].sort((a, b) => a - b))
  })
})
