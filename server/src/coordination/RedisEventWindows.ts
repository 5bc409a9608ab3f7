import { randomUUID } from 'node:crypto'
import {
  eventsKept,
  type AdmitRequest,
  type EventWindows,
  type WindowGate,
} from './EventWindows.ts'
import { MemoryEventWindows } from './MemoryEventWindows.ts'
import type { RedisConnection } from './RedisConnection.ts'

// One sorted set per key: members are events, scores their times. KEYS are the enforced gates'
// keys then the recorded ones; ARGV: now, member, number of enforced gates, then five values per
// key (kind, windowMs, then limit — or freeFailures, firstDelayMs, maxDelayMs). The waits are those
// of windowWaitMs.ts: change both together. Atomic: Redis runs one script at a time.
const ADMIT_SCRIPT = `
local now = tonumber(ARGV[1])
local enforced = tonumber(ARGV[3])
local wait = 0
for i = 1, #KEYS do
  local base = 3 + (i - 1) * 5
  local kind = ARGV[base + 1]
  local windowMs = tonumber(ARGV[base + 2])
  local a = tonumber(ARGV[base + 3])
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now - windowMs)
  if i <= enforced then
    local count = redis.call('ZCARD', KEYS[i])
    if kind == 'count' and count >= a then
      local oldest = redis.call('ZRANGE', KEYS[i], count - a, count - a, 'WITHSCORES')
      wait = math.max(wait, tonumber(oldest[2]) + windowMs - now)
    elseif kind == 'progressive' and count >= a then
      local latest = redis.call('ZRANGE', KEYS[i], -1, -1, 'WITHSCORES')
      local delay = math.min(tonumber(ARGV[base + 5]), tonumber(ARGV[base + 4]) * 2 ^ math.min(count - a, 50))
      wait = math.max(wait, tonumber(latest[2]) + delay - now)
    end
  end
end
if wait > 0 or ARGV[2] == '' then return wait end
for i = enforced + 1, #KEYS do
  local base = 3 + (i - 1) * 5
  local keep = tonumber(ARGV[base + 3])
  if ARGV[base + 1] == 'progressive' then keep = keep + 32 end
  redis.call('ZADD', KEYS[i], now, ARGV[2])
  redis.call('ZREMRANGEBYRANK', KEYS[i], 0, -(keep + 1))
  redis.call('PEXPIRE', KEYS[i], ARGV[base + 2])
end
return 0
`

/**
 * {@link EventWindows} in Redis, shared by every process: one sorted set per key, changed by one
 * Lua script so that checking and recording are one atomic step across processes. Each key expires
 * after its window. Times are the callers' clocks (kept in step by NTP). While Redis cannot be
 * reached, answers from a {@link MemoryEventWindows} of this process: limits then hold per process.
 */
export class RedisEventWindows implements EventWindows {
  readonly #connection: RedisConnection
  readonly #namespace: string
  readonly #fallback = new MemoryEventWindows()

  /** `namespace`: the feature's name, so that its keys never meet another feature's. */
  constructor(connection: RedisConnection, namespace: string) {
    this.#connection = connection
    this.#namespace = namespace
  }

  admit(request: AdmitRequest, now: number): Promise<number> {
    return this.#connection.attempt(
      () => this.#run([...request.enforce, ...request.record], request.enforce.length, now, true),
      () => this.#fallback.admit(request, now),
    )
  }

  waitMs(gates: readonly WindowGate[], now: number): Promise<number> {
    return this.#connection.attempt(
      () => this.#run(gates, gates.length, now, false),
      () => this.#fallback.waitMs(gates, now),
    )
  }

  takeBack(key: string): Promise<void> {
    return this.#connection.attempt(
      async () => {
        await this.#connection.commands.zpopmax(this.#key(key))
      },
      () => this.#fallback.takeBack(key),
    )
  }

  clear(key: string): Promise<void> {
    return this.#connection.attempt(
      async () => {
        await this.#connection.commands.del(this.#key(key))
      },
      () => this.#fallback.clear(key),
    )
  }

  async #run(
    gates: readonly WindowGate[],
    enforced: number,
    now: number,
    record: boolean,
  ): Promise<number> {
    const keys = gates.map((gate) => this.#key(gate.key))
    const values = gates.flatMap((gate) => ruleArguments(gate))
    // A unique member per admitted event: several events may share one millisecond.
    const member = record ? `${now}:${randomUUID()}` : ''
    const reply = await this.#connection.commands.eval(
      ADMIT_SCRIPT,
      keys.length,
      ...keys,
      now,
      member,
      enforced,
      ...values,
    )
    if (typeof reply !== 'number') throw new Error(`unexpected reply ${String(reply)}`)
    return reply
  }

  #key(key: string): string {
    return this.#connection.key('windows', this.#namespace, key)
  }
}

function ruleArguments(gate: WindowGate): (string | number)[] {
  const { rule } = gate
  switch (rule.kind) {
    case 'count':
      return ['count', rule.windowMs, eventsKept(rule), 0, 0]
    case 'progressive':
      return ['progressive', rule.windowMs, rule.freeFailures, rule.firstDelayMs, rule.maxDelayMs]
    default: {
      const unknown: never = rule
      throw new Error(`unknown window rule ${JSON.stringify(unknown)}`)
    }
  }
}
