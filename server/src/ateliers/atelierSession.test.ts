import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DocumentRoot } from '@maillage/schema'
import { AppError } from '../errors/AppError.ts'
import {
  moveSession,
  readAtelierSession,
  writeAtelierSession,
  type AtelierSession,
} from './atelierSession.ts'

const AGENDA = { agendaIds: ['accueil', 'etude', 'questions'], now: '2026-07-02T12:00:00.000Z' }
const LATER = { ...AGENDA, now: '2026-07-02T13:30:00.000Z' }

function refusal(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    if (error instanceof AppError) return error.code
    throw error
  }
  throw new Error('the move was allowed')
}

describe('the live session of an atelier', () => {
  it('starts on the first agenda item, moves to another, and ends without a current item', () => {
    const started = moveSession({ state: 'a-venir' }, { action: 'demarrer' }, AGENDA)
    expect(started).toEqual({
      state: 'en-cours',
      currentItemId: 'accueil',
      startedAt: AGENDA.now,
    })
    const moved = moveSession(started, { action: 'aller-a', itemId: 'questions' }, AGENDA)
    expect(moved.currentItemId).toBe('questions')
    const ended = moveSession(moved, { action: 'terminer' }, LATER)
    expect(ended).toEqual({ state: 'terminee', startedAt: AGENDA.now, endedAt: LATER.now })
  })

  it('resumes an ended session on the first item, keeping its start and its compte rendu', () => {
    const ended: AtelierSession = {
      state: 'terminee',
      startedAt: AGENDA.now,
      endedAt: LATER.now,
      compteRenduId: 'compte-rendu',
    }
    expect(moveSession(ended, { action: 'reprendre' }, LATER)).toEqual({
      state: 'en-cours',
      currentItemId: 'accueil',
      startedAt: AGENDA.now,
      compteRenduId: 'compte-rendu',
    })
    const withoutAgenda = moveSession(ended, { action: 'reprendre' }, { ...LATER, agendaIds: [] })
    expect(withoutAgenda).not.toHaveProperty('currentItemId')
    expect(withoutAgenda.state).toBe('en-cours')
  })

  it('refuses illegal moves with CONFLICT', () => {
    const upcoming: AtelierSession = { state: 'a-venir' }
    const live: AtelierSession = { state: 'en-cours', currentItemId: 'accueil' }
    const over: AtelierSession = { state: 'terminee' }
    const goTo = { action: 'aller-a', itemId: 'etude' } as const
    expect(refusal(() => moveSession(upcoming, goTo, AGENDA))).toBe('CONFLICT')
    expect(refusal(() => moveSession(upcoming, { action: 'terminer' }, AGENDA))).toBe('CONFLICT')
    expect(refusal(() => moveSession(live, { action: 'demarrer' }, AGENDA))).toBe('CONFLICT')
    expect(refusal(() => moveSession(live, { action: 'aller-a', itemId: 'inconnu' }, AGENDA))).toBe(
      'CONFLICT',
    )
    expect(refusal(() => moveSession(over, { action: 'demarrer' }, AGENDA))).toBe('CONFLICT')
    expect(refusal(() => moveSession(over, goTo, AGENDA))).toBe('CONFLICT')
    expect(refusal(() => moveSession(upcoming, { action: 'reprendre' }, AGENDA))).toBe('CONFLICT')
    expect(refusal(() => moveSession(live, { action: 'reprendre' }, AGENDA))).toBe('CONFLICT')
  })

  it('writes the session root so that a stale current item disappears, and reads it back', () => {
    const doc = new Y.Doc()
    writeAtelierSession(doc, { state: 'en-cours', currentItemId: 'etude', startedAt: AGENDA.now })
    writeAtelierSession(doc, { state: 'terminee', startedAt: AGENDA.now, endedAt: LATER.now })
    expect(doc.getMap(DocumentRoot.Session).has('currentItemId')).toBe(false)
    expect(readAtelierSession(doc)).toEqual({
      state: 'terminee',
      startedAt: AGENDA.now,
      endedAt: LATER.now,
    })
  })

  it('reads a missing or unknown state as « à venir »', () => {
    const doc = new Y.Doc()
    expect(readAtelierSession(doc)).toEqual({ state: 'a-venir' })
    doc.getMap(DocumentRoot.Session).set('state', 'pirate')
    doc.getMap(DocumentRoot.Session).set('currentItemId', 42)
    expect(readAtelierSession(doc)).toEqual({ state: 'a-venir' })
  })
})
