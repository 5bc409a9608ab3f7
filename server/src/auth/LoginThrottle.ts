import type { EventWindows, WindowGate } from '../coordination/EventWindows.ts'
import type { Timers } from '../time/Timers.ts'
import type { DelayRule } from './ProgressiveDelay.ts'

/** Limits of a {@link LoginThrottle}: one progressive delay per kind of key. */
export interface LoginThrottleLimits {
  /** One account from one address: a person mistyping, or one attacker guessing one password. */
  readonly perAccountAndAddress: DelayRule
  /** One address whatever the account: one attacker trying a password on many accounts. */
  readonly perAddress: DelayRule
  /**
   * One account from every address that has not signed into it lately: many addresses guessing
   * one password. A ceiling on guesses, slow enough never to lock the owner out.
   */
  readonly perAccount: DelayRule
  /**
   * How long an address that signed into an account stays exempt, for that account, from
   * `perAddress` and `perAccount` (only its own failures there, `perAccountAndAddress`, count).
   */
  readonly knownAddressMs: number
}

const SECOND_MS = 1000
const MINUTE_MS = 60 * SECOND_MS
const HOUR_MS = 60 * MINUTE_MS

/**
 * Default limits. A person who mistypes gets 5 free attempts, then waits 1 s, 2 s, 4 s… up to
 * 15 minutes between attempts; an address gets 20 free failures an hour over all accounts; an
 * account gets 50 failures a day from unknown addresses, then at most one guess a minute.
 */
export const DEFAULT_LOGIN_THROTTLE: LoginThrottleLimits = {
  perAccountAndAddress: {
    freeFailures: 5,
    firstDelayMs: SECOND_MS,
    maxDelayMs: 15 * MINUTE_MS,
    windowMs: 24 * HOUR_MS,
  },
  perAddress: {
    freeFailures: 20,
    firstDelayMs: SECOND_MS,
    maxDelayMs: 15 * MINUTE_MS,
    windowMs: HOUR_MS,
  },
  perAccount: {
    freeFailures: 50,
    firstDelayMs: SECOND_MS,
    maxDelayMs: MINUTE_MS,
    windowMs: 24 * HOUR_MS,
  },
  knownAddressMs: 30 * 24 * HOUR_MS,
}

/** Where a {@link LoginThrottle} keeps its counts: shared by every process when configured so. */
export interface LoginThrottleWindows {
  /** Failed attempts per pair, address and account. */
  readonly failures: EventWindows
  /** Per account and address, the latest sign-in. Kept apart so that floods of failures never evict it. */
  readonly knownAddresses: EventWindows
}

/**
 * Slows password guessing down without ever locking anyone out. Failed attempts impose a
 * progressive delay (see {@link DelayRule}) per account and address, per address, and per
 * account. The last two do not apply to an address that signed into the account lately, so that
 * others' failures never keep the owner out: from their usual addresses (a shared office address
 * too) only their own failures count, and a new address waits at most `perAccount.maxDelayMs`.
 * The counts live in {@link EventWindows}: in memory, or shared by every process.
 */
export class LoginThrottle {
  readonly #limits: LoginThrottleLimits
  readonly #timers: Timers
  readonly #windows: LoginThrottleWindows

  constructor(limits: LoginThrottleLimits, timers: Timers, windows: LoginThrottleWindows) {
    this.#limits = limits
    this.#timers = timers
    this.#windows = windows
  }

  /** Milliseconds until a new attempt is allowed for this account and address; 0 when allowed. */
  async retryAfterMs(account: string, ip: string): Promise<number> {
    const now = this.#timers.now()
    return await this.#windows.failures.waitMs(await this.#enforced(account, ip, now), now)
  }

  /**
   * Admits an attempt and counts it as a failure in the same atomic step, or refuses it: resolves
   * with 0 when admitted, else the milliseconds to wait (nothing counted). `SessionManager` calls
   * it before checking the password, so that parallel guesses — on any process — cannot all get
   * through before the first failure counts; {@link recordSuccess} takes it back.
   */
  async attempt(account: string, ip: string): Promise<number> {
    const now = this.#timers.now()
    const enforce = await this.#enforced(account, ip, now)
    return await this.#windows.failures.admit({ enforce, record: this.#gates(account, ip) }, now)
  }

  /** Counts a failed attempt without asking whether it was allowed. */
  async recordFailure(account: string, ip: string): Promise<void> {
    await this.#windows.failures.admit(
      { enforce: [], record: this.#gates(account, ip) },
      this.#timers.now(),
    )
  }

  /**
   * After a successful sign-in: takes back the attempt recorded beforehand, clears the failures of
   * this account from this address, and remembers the address as the account's.
   */
  async recordSuccess(account: string, ip: string): Promise<void> {
    const { failures, knownAddresses } = this.#windows
    await Promise.all([
      failures.clear(pairKey(account, ip)),
      failures.takeBack(addressKey(ip)),
      // Only its own attempt: the owner signing in does not wipe out what others tried.
      failures.takeBack(accountKey(account)),
      knownAddresses.admit(
        { enforce: [], record: [this.#knownGate(account, ip)] },
        this.#timers.now(),
      ),
    ])
  }

  // The gates an attempt must pass: an address that signed into this account lately is its
  // owner's, so the failures of others — behind the same shared address, or anywhere on this
  // account — do not hold it back.
  async #enforced(account: string, ip: string, now: number): Promise<WindowGate[]> {
    const gates = this.#gates(account, ip)
    const knownWait = await this.#windows.knownAddresses.waitMs([this.#knownGate(account, ip)], now)
    return knownWait > 0 ? gates.slice(0, 1) : gates
  }

  #gates(account: string, ip: string): WindowGate[] {
    return [
      { key: pairKey(account, ip), rule: progressive(this.#limits.perAccountAndAddress) },
      { key: addressKey(ip), rule: progressive(this.#limits.perAddress) },
      { key: accountKey(account), rule: progressive(this.#limits.perAccount) },
    ]
  }

  // Known while its one sign-in is within the window: a "wait" of that gate means "known".
  #knownGate(account: string, ip: string): WindowGate {
    return {
      key: pairKey(account, ip),
      rule: { kind: 'count', limit: 1, windowMs: this.#limits.knownAddressMs },
    }
  }
}

function progressive(rule: DelayRule): WindowGate['rule'] {
  return { kind: 'progressive', ...rule }
}

// A newline cannot occur in an e-mail address or an IP address; the first word keeps the three
// kinds of key apart in one store.
function pairKey(account: string, ip: string): string {
  return `pair\n${account}\n${ip}`
}

function addressKey(ip: string): string {
  return `address\n${ip}`
}

function accountKey(account: string): string {
  return `account\n${account}`
}
