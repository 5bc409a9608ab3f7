const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/u

/**
 * The time of an atelier written `HH:MM` (24 h, Europe/Paris wall time), or `''` when `value` is
 * not one: what the server and the screens read from the co-edited `heure` line, so a half-typed
 * time (`14h`, `9:3`) means « not set » rather than a wrong instant.
 */
export function atelierTimeOf(value: string): string {
  const trimmed = value.trim()
  return TIME.test(trimmed) ? trimmed : ''
}

/**
 * `value` when it is an absolute `https://` address (visio, replay, resources), else `''`: links
 * are co-edited by people and shown as links to others, so no other scheme (`javascript:`…) is
 * ever handed out.
 */
export function httpsUrlOf(value: string): string {
  const trimmed = value.trim()
  if (!URL.canParse(trimmed)) return ''
  return new URL(trimmed).protocol === 'https:' ? trimmed : ''
}
