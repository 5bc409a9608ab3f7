import type { Timers } from '../time/Timers.ts'
import { ProgressiveDelay, type DelayRule } from './ProgressiveDelay.ts'

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

/** Addresses remembered per account as having signed in; the oldest are forgotten first. */
const MAX_KNOWN_ADDRESSES = 20

/**
 * Slows password guessing down without ever locking anyone out. Failed attempts impose a
 * progressive delay (see {@link ProgressiveDelay}) per account and address, per address, and per
 * account. The last two do not apply to an address that signed into the account lately, so that
 * others' failures never keep the owner out: from their usual addresses (a shared office address
 * too) only their own failures count, and a new address waits at most `perAccount.maxDelayMs`. Everything is in memory, per process.
 */
export class LoginThrottle {
  readonly #limits: LoginThrottleLimits
  readonly #timers: Timers
  readonly #pairs: ProgressiveDelay
  readonly #addresses: ProgressiveDelay
  readonly #accounts: ProgressiveDelay
  // Per account, the addresses that signed into it and until when they are known.
  readonly #known = new Map<string, Map<string, number>>()

  constructor(limits: LoginThrottleLimits, timers: Timers) {
    this.#limits = limits
    this.#timers = timers
    this.#pairs = new ProgressiveDelay(limits.perAccountAndAddress)
    this.#addresses = new ProgressiveDelay(limits.perAddress)
    this.#accounts = new ProgressiveDelay(limits.perAccount)
  }

  /** Milliseconds until a new attempt is allowed for this account and address; 0 when allowed. */
  retryAfterMs(account: string, ip: string): number {
    const now = this.#timers.now()
    const pair = this.#pairs.waitMs(pairKey(account, ip), now)
    // An address that signed into this account lately is its owner's: the failures of others —
    // behind the same shared address, or anywhere on this account — do not hold it back.
    if (this.#isKnown(account, ip, now)) return pair
    return Math.max(pair, this.#addresses.waitMs(ip, now), this.#accounts.waitMs(account, now))
  }

  /**
   * Records a failed attempt. `SessionManager` records each attempt so before checking its password,
   * so that parallel guesses cannot all pass {@link retryAfterMs} before the first failure counts.
   */
  recordFailure(account: string, ip: string): void {
    const now = this.#timers.now()
    this.#pairs.recordFailure(pairKey(account, ip), now)
    this.#addresses.recordFailure(ip, now)
    this.#accounts.recordFailure(account, now)
  }

  /**
   * After a successful sign-in: takes back the attempt recorded beforehand, clears the failures of
   * this account from this address, and remembers the address as the account's.
   */
  recordSuccess(account: string, ip: string): void {
    this.#pairs.clear(pairKey(account, ip))
    this.#addresses.takeBack(ip)
    // Only its own attempt: the owner signing in does not wipe out what others tried.
    this.#accounts.takeBack(account)
    const known = this.#known.get(account) ?? new Map<string, number>()
    known.delete(ip)
    known.set(ip, this.#timers.now() + this.#limits.knownAddressMs)
    if (known.size > MAX_KNOWN_ADDRESSES) {
      const oldest = known.keys().next()
      if (oldest.done !== true) known.delete(oldest.value)
    }
    this.#known.set(account, known)
  }

  #isKnown(account: string, ip: string, now: number): boolean {
    const until = this.#known.get(account)?.get(ip)
    return until !== undefined && until > now
  }
}

// A newline cannot occur in an e-mail address or an IP address.
function pairKey(account: string, ip: string): string {
  return `${account}\n${ip}`
}
