import type { WindowRule } from './EventWindows.ts'

/**
 * The wait (ms) `rule` imposes at `now` given the times of the key's events still within its
 * window, oldest first; 0 when the next event may happen now. Mirrored by the Lua script of
 * `RedisEventWindows`: change both together.
 */
export function windowWaitMs(rule: WindowRule, recent: readonly number[], now: number): number {
  switch (rule.kind) {
    case 'count': {
      if (recent.length < rule.limit) return 0
      const oldestThatCounts = recent[recent.length - rule.limit] ?? now
      return Math.max(0, oldestThatCounts + rule.windowMs - now)
    }
    case 'progressive': {
      const beyond = recent.length - rule.freeFailures
      const latest = recent.at(-1)
      if (beyond < 0 || latest === undefined) return 0
      // 2^beyond overflows nothing: past ~50 doublings the cap has long been reached.
      const delay = Math.min(rule.maxDelayMs, rule.firstDelayMs * 2 ** Math.min(beyond, 50))
      return Math.max(0, latest + delay - now)
    }
    default: {
      const unknown: never = rule
      throw new Error(`unknown window rule ${JSON.stringify(unknown)}`)
    }
  }
}
