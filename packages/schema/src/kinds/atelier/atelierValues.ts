const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/u

/**
 * The time of an atelier written `HH:MM` (24 h, Europe/Paris wall time), trimmed, or `''` when
 * `value` is not one: for a time a person typed (the body of `POST /api/ateliers`). The co-edited
 * `heure` is a time field, already read as `HH:MM` or `''` by `readFields`.
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
