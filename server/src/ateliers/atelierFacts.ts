import {
  ATELIER_FORMAT_OPTIONS,
  ATELIER_THEME_OPTIONS,
  ATELIER_TIME_ZONE,
  optionLabel,
} from '@maillage/schema'
import type { AtelierDetails } from './atelierDetails.ts'
import { lazyDateTimeFormat, type LazyDateTimeFormat } from '../time/lazyIntl.ts'

const WHEN = lazyDateTimeFormat('fr-FR', {
  timeZone: ATELIER_TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
})

const DAY = lazyDateTimeFormat('fr-FR', {
  timeZone: ATELIER_TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})

/** `format` of `instant`, the first of the month written « 1er » as French does. */
function formatWithFirst(format: LazyDateTimeFormat, instant: Date | number): string {
  return format
    .formatToParts(instant)
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('')
}

/**
 * When an atelier takes place, in French and Paris time (« jeudi 2 juillet 2026 à 14:00 »,
 * « mardi 1er décembre 2026 à 14:00 »); the day alone while the time is not set; '' while the
 * date is not set either.
 */
export function formatAtelierWhen(details: Pick<AtelierDetails, 'date' | 'startsAt'>): string {
  if (details.startsAt !== undefined) return formatWithFirst(WHEN, details.startsAt)
  // Noon UTC is the same calendar day in Paris all year round.
  const noon = Date.parse(`${details.date}T12:00:00Z`)
  return Number.isNaN(noon) ? '' : formatWithFirst(DAY, noon)
}

/** A duration in minutes in French (« 1 h 30 », « 45 min »). */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  if (hours === 0) return `${rest} min`
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`
}

/**
 * The practical facts of an atelier as French « label : value » lines (date, durée, format, thème,
 * intervenants, public), leaving out what is not set: for the calendar event and the compte rendu.
 */
export function atelierFacts(details: AtelierDetails): string[] {
  const facts: [string, string][] = [
    ['Date', formatAtelierWhen(details)],
    ['Durée', details.durationMinutes > 0 ? formatDuration(details.durationMinutes) : ''],
    ['Format', optionLabel(ATELIER_FORMAT_OPTIONS, details.format)],
    ['Thème', optionLabel(ATELIER_THEME_OPTIONS, details.theme)],
    ['Intervenants', details.intervenants],
    ['Public visé', details.publicVise],
  ]
  return facts.filter(([, value]) => value !== '').map(([label, value]) => `${label} : ${value}`)
}
