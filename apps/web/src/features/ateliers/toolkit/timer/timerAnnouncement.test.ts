import { describe, expect, it } from 'vitest'
import { formatCountdown, spokenDuration } from './formatCountdown.ts'
import { countdownAnnouncement, timerMoveAnnouncement } from './timerAnnouncement.ts'

describe('the countdown as shown and announced', () => {
  it('shows minutes and seconds, rounded up, hours from an hour', () => {
    expect(formatCountdown(300_000)).toBe('05:00')
    expect(formatCountdown(299_001)).toBe('05:00')
    expect(formatCountdown(61_000)).toBe('01:01')
    expect(formatCountdown(0)).toBe('00:00')
    expect(formatCountdown(-5)).toBe('00:00')
    expect(formatCountdown(3 * 3_600_000)).toBe('3:00:00')
  })

  it('says durations in words', () => {
    expect(spokenDuration(270_000)).toBe('4 minutes 30 secondes')
    expect(spokenDuration(3_900_000)).toBe('1 heure 5 minutes')
    expect(spokenDuration(60_000)).toBe('1 minute')
    expect(spokenDuration(1000)).toBe('1 seconde')
  })

  it('announces each minute of the last five, 30 s, 10 s and the end — not every second', () => {
    expect(countdownAnnouncement(300_400, 299_900)).toBe('Plus que 5 minutes.')
    expect(countdownAnnouncement(299_900, 299_400)).toBeNull()
    expect(countdownAnnouncement(400_000, 360_000)).toBeNull()
    expect(countdownAnnouncement(60_200, 59_800)).toBe('Plus que 1 minute.')
    expect(countdownAnnouncement(30_100, 29_900)).toBe('Plus que 30 secondes.')
    expect(countdownAnnouncement(10_300, 9_800)).toBe('Plus que 10 secondes.')
    expect(countdownAnnouncement(500, 0)).toBe('Temps écoulé.')
    // Back from the background: only the last moment crossed.
    expect(countdownAnnouncement(200_000, 25_000)).toBe('Plus que 30 secondes.')
    // Time added: nothing to announce.
    expect(countdownAnnouncement(20_000, 80_000)).toBeNull()
  })

  it('announces the facilitator’s moves once, by their revision', () => {
    const stopped = { state: 'stopped', revision: 0 } as const
    const started = {
      state: 'running',
      endsAt: 1,
      durationMs: 300_000,
      revision: 1,
      lastAction: 'demarrer',
    } as const
    expect(timerMoveAnnouncement(stopped, started, 290_000)).toBe('Minuteur démarré : 5 minutes.')
    expect(timerMoveAnnouncement(started, started, 200_000)).toBeNull()
    const paused = {
      state: 'paused',
      remainingMs: 200_000,
      revision: 2,
      lastAction: 'pause',
    } as const
    expect(timerMoveAnnouncement(started, paused, 200_000)).toBe(
      'Minuteur en pause, il reste 3 minutes 20 secondes.',
    )
    const resumed = { ...started, revision: 3, lastAction: 'reprendre' } as const
    expect(timerMoveAnnouncement(paused, resumed, 200_000)).toBe(
      'Minuteur repris : il reste 3 minutes 20 secondes.',
    )
    const lengthened = { ...started, revision: 4, lastAction: 'ajouter' } as const
    expect(timerMoveAnnouncement(resumed, lengthened, 120_000)).toBe(
      'Minuteur modifié : il reste 2 minutes.',
    )
    const reset = { state: 'stopped', revision: 5, lastAction: 'reinitialiser' } as const
    expect(timerMoveAnnouncement(lengthened, reset, 0)).toBe('Minuteur arrêté.')
  })
})
