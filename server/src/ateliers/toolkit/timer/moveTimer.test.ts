import { describe, expect, it } from 'vitest'
import { STOPPED_TIMER, type AtelierTimer } from '@maillage/schema'
import { AppError } from '../../../errors/AppError.ts'
import { moveTimer } from './moveTimer.ts'

const context = { now: 1_000_000, agendaIds: ['accueil', 'etude'] }

function conflictOf(run: () => unknown): string | undefined {
  try {
    run()
  } catch (error) {
    return error instanceof AppError ? error.code : 'other'
  }
  return undefined
}

describe('moveTimer', () => {
  it('starts on an agenda item, pauses, resumes where it was and adds time', () => {
    const started = moveTimer(
      STOPPED_TIMER,
      { action: 'demarrer', durationSeconds: 300, itemId: 'etude' },
      context,
    )
    expect(started).toEqual({
      state: 'running',
      endsAt: 1_300_000,
      durationMs: 300_000,
      itemId: 'etude',
      revision: 1,
      lastAction: 'demarrer',
    })
    const paused = moveTimer(started, { action: 'pause' }, { ...context, now: 1_100_000 })
    expect(paused).toEqual({
      state: 'paused',
      remainingMs: 200_000,
      durationMs: 300_000,
      itemId: 'etude',
      revision: 2,
      lastAction: 'pause',
    })
    const lengthened = moveTimer(paused, { action: 'ajouter', deltaSeconds: 60 }, context)
    expect(lengthened).toMatchObject({ state: 'paused', remainingMs: 260_000, durationMs: 360_000 })
    const resumed = moveTimer(lengthened, { action: 'reprendre' }, { ...context, now: 5_000_000 })
    expect(resumed).toMatchObject({ state: 'running', endsAt: 5_260_000, revision: 4 })
    expect(moveTimer(resumed, { action: 'reinitialiser' }, context)).toEqual({
      state: 'stopped',
      revision: 5,
      lastAction: 'reinitialiser',
    })
  })

  it('counts again from now when time is added to an elapsed countdown, never below zero', () => {
    const running: AtelierTimer = {
      state: 'running',
      endsAt: 900_000,
      durationMs: 60_000,
      revision: 1,
    }
    expect(moveTimer(running, { action: 'ajouter', deltaSeconds: 30 }, context)).toMatchObject({
      state: 'running',
      endsAt: 1_030_000,
    })
    const ending: AtelierTimer = { ...running, endsAt: 1_010_000 }
    expect(moveTimer(ending, { action: 'ajouter', deltaSeconds: -60 }, context)).toMatchObject({
      state: 'running',
      endsAt: 1_000_000,
    })
    const long: AtelierTimer = { ...running, endsAt: 1_000_000 + 3 * 3_600_000 - 1000 }
    expect(moveTimer(long, { action: 'ajouter', deltaSeconds: 600 }, context)).toMatchObject({
      endsAt: 1_000_000 + 3 * 3_600_000,
    })
  })

  it('refuses moves the state does not allow (CONFLICT)', () => {
    const running: AtelierTimer = { state: 'running', endsAt: 1_060_000, revision: 1 }
    const elapsed: AtelierTimer = { state: 'running', endsAt: 999_000, revision: 1 }
    expect(conflictOf(() => moveTimer(STOPPED_TIMER, { action: 'pause' }, context))).toBe(
      'CONFLICT',
    )
    expect(conflictOf(() => moveTimer(elapsed, { action: 'pause' }, context))).toBe('CONFLICT')
    expect(conflictOf(() => moveTimer(running, { action: 'reprendre' }, context))).toBe('CONFLICT')
    expect(
      conflictOf(() => moveTimer(STOPPED_TIMER, { action: 'ajouter', deltaSeconds: 5 }, context)),
    ).toBe('CONFLICT')
    expect(
      conflictOf(() =>
        moveTimer(STOPPED_TIMER, { action: 'demarrer', durationSeconds: 5, itemId: 'x' }, context),
      ),
    ).toBe('CONFLICT')
    expect(conflictOf(() => moveTimer(running, { action: 'pause' }, context))).toBeUndefined()
  })
})
