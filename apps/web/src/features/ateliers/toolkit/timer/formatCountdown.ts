/** `mm:ss` (or `h:mm:ss` from an hour) of a countdown, rounded up to the second. */
export function formatCountdown(remainingMs: number): string {
  const total = Math.max(0, Math.ceil(remainingMs / 1000))
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = total % 60
  const mmss = `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`
  return hours > 0 ? `${hours}:${mmss}` : mmss
}

function unit(count: number, singular: string, plural: string): string {
  return `${count} ${count > 1 ? plural : singular}`
}

/** A duration as it is said: « 4 minutes 30 secondes », « 1 heure 5 minutes », « 10 secondes ». */
export function spokenDuration(remainingMs: number): string {
  const total = Math.max(0, Math.ceil(remainingMs / 1000))
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = total % 60
  const parts = [
    hours > 0 ? unit(hours, 'heure', 'heures') : '',
    minutes > 0 ? unit(minutes, 'minute', 'minutes') : '',
    seconds > 0 || total === 0 ? unit(seconds, 'seconde', 'secondes') : '',
  ]
  return parts.filter((part) => part !== '').join(' ')
}
