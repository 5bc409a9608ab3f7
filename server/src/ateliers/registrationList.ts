import type { AtelierRegistration } from '../persistence/records/AtelierRegistration.ts'

// The waiting list of an atelier as pure functions over its registrations (in `registeredAt`
// order, as the store keeps them), applied inside `store.ateliers.changeRegistrations` so that a
// registration, a cancellation and the promotions they cause are one atomic write.

/** A list of registrations after a change, and who got a seat through it (to notify them). */
export interface RegistrationChange {
  readonly registrations: AtelierRegistration[]
  /** Waiting people who got a seat, first waiting first. */
  readonly promoted: readonly AtelierRegistration[]
}

/** Seats of an atelier: its `capacite`, where 0 (or nothing) means unlimited. */
function hasFreeSeat(registrations: readonly AtelierRegistration[], capacity: number): boolean {
  if (capacity <= 0) return true
  return registrations.filter((entry) => entry.status === 'inscrit').length < capacity
}

/**
 * Gives free seats to the waiting people, first registered first, as many as fit: after a
 * cancellation (one seat) or once the capacity was raised or made unlimited (several). Nobody
 * loses a seat when the capacity is lowered: the list only waits longer.
 */
export function fillSeats(
  registrations: readonly AtelierRegistration[],
  capacity: number,
  at: string,
): RegistrationChange {
  const next = registrations.map((entry) => ({ ...entry }))
  const promoted: AtelierRegistration[] = []
  for (const entry of next) {
    if (entry.status !== 'liste-attente') continue
    if (!hasFreeSeat(next, capacity)) break
    entry.status = 'inscrit'
    entry.promotedAt = at
    promoted.push(entry)
  }
  return { registrations: next, promoted }
}

/**
 * Registers `accountId`: a seat while one is free, else the end of the waiting list. Waiting
 * people get the seats freed meanwhile (a raised capacity) before the newcomer. Returns null
 * when the person is already registered (seat or waiting).
 */
export function register(
  registrations: readonly AtelierRegistration[],
  entry: {
    readonly atelierId: AtelierRegistration['atelierId']
    readonly accountId: string
    readonly at: string
    /** The schedule the person registers to (`atelierScheduleKey`), kept on the registration. */
    readonly scheduleNotified?: string
  },
  capacity: number,
): (RegistrationChange & { readonly registration: AtelierRegistration }) | null {
  if (registrations.some((existing) => existing.accountId === entry.accountId)) return null
  const filled = fillSeats(registrations, capacity, entry.at)
  const registration: AtelierRegistration = {
    atelierId: entry.atelierId,
    accountId: entry.accountId,
    status: hasFreeSeat(filled.registrations, capacity) ? 'inscrit' : 'liste-attente',
    registeredAt: entry.at,
    ...(entry.scheduleNotified === undefined ? {} : { scheduleNotified: entry.scheduleNotified }),
  }
  return {
    registrations: [...filled.registrations, registration],
    promoted: filled.promoted,
    registration,
  }
}

/**
 * Cancels the registration of `accountId`. If it held a seat, the first waiting person gets it
 * (one seat freed, one promotion; more only if the capacity was raised meanwhile). Returns null
 * when the person was not registered.
 */
export function cancel(
  registrations: readonly AtelierRegistration[],
  accountId: string,
  capacity: number,
  at: string,
): (RegistrationChange & { readonly cancelled: AtelierRegistration }) | null {
  const cancelled = registrations.find((entry) => entry.accountId === accountId)
  if (cancelled === undefined) return null
  const rest = registrations.filter((entry) => entry !== cancelled)
  return { ...fillSeats(rest, capacity, at), cancelled }
}

/** The position of each waiting person, 1 for the first, by account id. */
export function waitingPositions(
  registrations: readonly AtelierRegistration[],
): ReadonlyMap<string, number> {
  const waiting = registrations.filter((entry) => entry.status === 'liste-attente')
  return new Map(waiting.map((entry, index) => [entry.accountId, index + 1]))
}

/** How many hold a seat and how many wait. */
export function registrationCounts(registrations: readonly AtelierRegistration[]): {
  readonly registered: number
  readonly waiting: number
} {
  const registered = registrations.filter((entry) => entry.status === 'inscrit').length
  return { registered, waiting: registrations.length - registered }
}
