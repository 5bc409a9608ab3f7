/** Where the person's choice of the end signal's sound is kept, in this browser. */
const SOUND_KEY = 'maillage.minuteur.son'

/** Whether the person enabled the end sound in this browser (off by default: no surprise). */
export function isTimerSoundEnabled(): boolean {
  try {
    return localStorage.getItem(SOUND_KEY) === 'oui'
  } catch {
    // Storage refused (private mode, policy): the sound stays off, as by default.
    return false
  }
}

/** Keeps the person's choice of the end sound. */
export function setTimerSoundEnabled(enabled: boolean): void {
  try {
    localStorage.setItem(SOUND_KEY, enabled ? 'oui' : 'non')
  } catch {
    // Storage refused: the choice holds for this page only.
  }
}

/** The end signal's sound: prepared by a gesture of the person, played at the end. */
export interface Chime {
  /**
   * Prepares the audio output; call it from the click that enables the sound, since browsers only
   * let a page play sound after a gesture of the person.
   */
  unlock(): void
  /** A soft two-note chime (under a second, low volume). Does nothing without audio. */
  play(): void
}

/** Makes a {@link Chime}; its audio output is created at its first use. */
export function createChime(): Chime {
  let context: AudioContext | null = null
  const output = (): AudioContext | null => {
    if (typeof AudioContext === 'undefined') return null
    context ??= new AudioContext()
    return context
  }
  return {
    unlock: () => {
      void output()?.resume()
    },
    play: () => {
      const audio = output()
      if (audio === null) return
      const start = audio.currentTime
      for (const [index, frequency] of [660, 880].entries()) {
        const oscillator = audio.createOscillator()
        const gain = audio.createGain()
        const at = start + index * 0.35
        oscillator.type = 'sine'
        oscillator.frequency.value = frequency
        gain.gain.setValueAtTime(0, at)
        gain.gain.linearRampToValueAtTime(0.08, at + 0.04)
        gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.5)
        oscillator.connect(gain).connect(audio.destination)
        oscillator.start(at)
        oscillator.stop(at + 0.55)
      }
    },
  }
}
