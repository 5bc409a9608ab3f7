import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { EventWindows, WindowGate, WindowRule } from './EventWindows.ts'

/** How a contract suite gets adapters: `count` instances sharing one state, as processes would. */
export interface EventWindowsHarness {
  instances(count: number): Promise<EventWindows[]>
  close(): Promise<void>
}

const progressive: WindowRule = {
  kind: 'progressive',
  freeFailures: 3,
  firstDelayMs: 1_000,
  maxDelayMs: 8_000,
  windowMs: 60_000,
}
const perMinute = (limit: number): WindowRule => ({ kind: 'count', limit, windowMs: 60_000 })
const START = 1_000_000

let sequence = 0
/** A key no other test of the suite uses. */
function freshKey(name: string): string {
  sequence += 1
  return `${name}-${sequence}`
}

function both(gate: WindowGate): { enforce: WindowGate[]; record: WindowGate[] } {
  return { enforce: [gate], record: [gate] }
}

/** The behaviour every {@link EventWindows} adapter must have. */
export function describeEventWindowsContract(name: string, open: () => EventWindowsHarness): void {
  describe(`EventWindows contract: ${name}`, () => {
    const harness = open()
    let windows: EventWindows
    beforeAll(async () => {
      ;[windows] = (await harness.instances(1)) as [EventWindows]
    })
    afterAll(() => harness.close())

    it('admits the free failures, then doubles the wait from the latest up to its cap', async () => {
      const gate = { key: freshKey('k'), rule: progressive }
      for (let failure = 0; failure < 3; failure += 1) {
        expect(await windows.admit(both(gate), START)).toBe(0)
      }
      const waits: number[] = []
      let now = START
      for (let failure = 0; failure < 6; failure += 1) {
        const wait = await windows.waitMs([gate], now)
        waits.push(wait)
        expect(await windows.admit(both(gate), now)).toBe(wait)
        now += wait
        expect(await windows.admit(both(gate), now)).toBe(0)
      }
      expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 8_000, 8_000])
    })

    it('counts a progressive wait from the latest event, and forgets events past the window', async () => {
      const gate = { key: freshKey('k'), rule: progressive }
      for (let failure = 0; failure < 5; failure += 1)
        await windows.admit({ enforce: [], record: [gate] }, START)
      expect(await windows.waitMs([gate], START)).toBe(4_000)
      expect(await windows.waitMs([gate], START + 3_000)).toBe(1_000)
      expect(await windows.waitMs([gate], START + 4_000)).toBe(0)
      expect(await windows.waitMs([gate], START + 60_000)).toBe(0)
      expect(await windows.admit(both(gate), START + 60_000)).toBe(0)
      expect(await windows.waitMs([gate], START + 60_000)).toBe(0)
    })

    it('refuses past the count until the oldest that counts leaves the window, without recording refusals', async () => {
      const gate = { key: freshKey('compte'), rule: perMinute(3) }
      for (let event = 0; event < 3; event += 1) {
        expect(await windows.admit(both(gate), START + event * 1_000)).toBe(0)
      }
      expect(await windows.admit(both(gate), START + 3_000)).toBe(57_000)
      expect(await windows.admit(both(gate), START + 59_999)).toBe(1)
      expect(await windows.admit(both(gate), START + 60_000)).toBe(0)
      expect(await windows.admit(both(gate), START + 60_500)).toBe(500)
    })

    it('waits as long as the strictest enforced gate, and records under every recorded gate', async () => {
      const strict = { key: freshKey('paire'), rule: perMinute(1) }
      const loose = { key: freshKey('adresse'), rule: perMinute(10) }
      const unenforced = { key: freshKey('compte'), rule: perMinute(1) }
      const request = { enforce: [strict, loose], record: [strict, loose, unenforced] }
      expect(await windows.admit(request, START)).toBe(0)
      expect(await windows.waitMs([unenforced], START)).toBe(60_000)
      expect(await windows.admit({ enforce: [loose], record: [unenforced] }, START)).toBe(0)
      expect(await windows.admit(request, START + 1_000)).toBe(59_000)
      expect(await windows.waitMs([loose], START)).toBe(0)
    })

    it('keeps keys apart, takes back the latest event and clears a key', async () => {
      const a = { key: freshKey('a'), rule: progressive }
      const b = { key: freshKey('b'), rule: progressive }
      for (let failure = 0; failure < 4; failure += 1)
        await windows.admit({ enforce: [], record: [a] }, START)
      expect(await windows.waitMs([a], START)).toBe(2_000)
      expect(await windows.waitMs([b], START)).toBe(0)
      await windows.takeBack(a.key)
      await windows.takeBack(a.key)
      expect(await windows.waitMs([a], START)).toBe(0)
      await windows.admit({ enforce: [], record: [a] }, START)
      expect(await windows.waitMs([a], START)).toBe(1_000)
      await windows.clear(a.key)
      expect(await windows.waitMs([a], START)).toBe(0)
      await windows.takeBack(b.key)
      expect(await windows.waitMs([b], START)).toBe(0)
    })

    it('admits exactly the limit out of 20 parallel attempts spread over 3 instances', async () => {
      const instances = await harness.instances(3)
      for (const rule of [perMinute(5), { ...progressive, freeFailures: 5 }]) {
        const gate = { key: freshKey('parallele'), rule }
        const waits = await Promise.all(
          Array.from({ length: 20 }, (_, attempt) =>
            (instances[attempt % 3] as EventWindows).admit(both(gate), START),
          ),
        )
        expect(waits.filter((wait) => wait === 0)).toHaveLength(5)
      }
    })
  })
}
