import { describe, expect, it } from 'vitest'
import { parseDocumentId } from '@maillage/protocol'
import type { AtelierRegistration } from '../persistence/records/AtelierRegistration.ts'
import {
  cancel,
  fillSeats,
  register,
  registrationCounts,
  waitingPositions,
} from './registrationList.ts'

const ATELIER = parseDocumentId('atelier-rev3')
const LATER = '2026-06-01T10:00:00.000Z'

/** Registers `accounts` in order (one minute apart) with `capacity` seats. */
function registerAll(accounts: readonly string[], capacity: number): AtelierRegistration[] {
  let list: AtelierRegistration[] = []
  accounts.forEach((accountId, index) => {
    const at = new Date(Date.UTC(2026, 4, 1, 9, index)).toISOString()
    const change = register(list, { atelierId: ATELIER, accountId, at }, capacity)
    if (change === null) throw new Error(`${accountId} was already registered`)
    list = change.registrations
  })
  return list
}

function statuses(list: readonly AtelierRegistration[]): Record<string, string> {
  return Object.fromEntries(list.map((entry) => [entry.accountId, entry.status]))
}

describe('registration with a waiting list', () => {
  it('gives seats until the atelier is full, then puts people on the waiting list in order', () => {
    const list = registerAll(['anne', 'bruno', 'chloe', 'driss'], 2)
    expect(statuses(list)).toEqual({
      anne: 'inscrit',
      bruno: 'inscrit',
      chloe: 'liste-attente',
      driss: 'liste-attente',
    })
    expect([...waitingPositions(list)]).toEqual([
      ['chloe', 1],
      ['driss', 2],
    ])
    expect(registrationCounts(list)).toEqual({ registered: 2, waiting: 2 })
  })

  it('refuses a second registration of the same person', () => {
    const list = registerAll(['anne', 'bruno'], 1)
    expect(register(list, { atelierId: ATELIER, accountId: 'bruno', at: LATER }, 1)).toBeNull()
  })

  it('never fills an unlimited atelier (capacity 0)', () => {
    const list = registerAll(['anne', 'bruno', 'chloe', 'driss', 'emma'], 0)
    expect(registrationCounts(list)).toEqual({ registered: 5, waiting: 0 })
  })

  it('gives the seat of a cancelled person to the first waiting one, and only to them', () => {
    const list = registerAll(['anne', 'bruno', 'chloe', 'driss'], 2)
    const change = cancel(list, 'anne', 2, LATER)
    expect(change?.cancelled.accountId).toBe('anne')
    expect(change?.promoted.map((entry) => entry.accountId)).toEqual(['chloe'])
    expect(change?.promoted[0]?.promotedAt).toBe(LATER)
    expect(statuses(change?.registrations ?? [])).toEqual({
      bruno: 'inscrit',
      chloe: 'inscrit',
      driss: 'liste-attente',
    })
    expect([...waitingPositions(change?.registrations ?? [])]).toEqual([['driss', 1]])
  })

  it('promotes nobody when a waiting person cancels, and renumbers the others', () => {
    const list = registerAll(['anne', 'bruno', 'chloe', 'driss', 'emma'], 2)
    const change = cancel(list, 'chloe', 2, LATER)
    expect(change?.promoted).toEqual([])
    expect(registrationCounts(change?.registrations ?? [])).toEqual({ registered: 2, waiting: 2 })
    expect([...waitingPositions(change?.registrations ?? [])]).toEqual([
      ['driss', 1],
      ['emma', 2],
    ])
  })

  it('answers null when someone who is not registered cancels', () => {
    expect(cancel(registerAll(['anne'], 2), 'bruno', 2, LATER)).toBeNull()
  })

  it('promotes as many waiting people as a raised capacity allows, first waiting first', () => {
    const list = registerAll(['anne', 'bruno', 'chloe', 'driss', 'emma'], 1)
    const change = fillSeats(list, 3, LATER)
    expect(change.promoted.map((entry) => entry.accountId)).toEqual(['bruno', 'chloe'])
    expect([...waitingPositions(change.registrations)]).toEqual([
      ['driss', 1],
      ['emma', 2],
    ])
    expect(fillSeats(list, 0, LATER).promoted).toHaveLength(4)
  })

  it('takes no seat back when the capacity is lowered', () => {
    const list = registerAll(['anne', 'bruno', 'chloe'], 3)
    expect(fillSeats(list, 1, LATER).registrations).toEqual(list)
    const late = register(list, { atelierId: ATELIER, accountId: 'driss', at: LATER }, 1)
    expect(late?.registration.status).toBe('liste-attente')
  })

  it('gives waiting people the seats a raised capacity freed before a newcomer', () => {
    const list = registerAll(['anne', 'bruno'], 1)
    const change = register(list, { atelierId: ATELIER, accountId: 'chloe', at: LATER }, 2)
    expect(change?.promoted.map((entry) => entry.accountId)).toEqual(['bruno'])
    expect(change?.registration.status).toBe('liste-attente')
  })
})
