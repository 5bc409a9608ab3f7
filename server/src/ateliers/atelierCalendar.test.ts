import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import type { AtelierDetails } from './atelierDetails.ts'
import {
  PROGRAMME_CALENDAR_NAME,
  eventSequence,
  renderAtelierCalendar,
  type AtelierEvent,
} from './atelierCalendar.ts'
import { atelierSchedule } from './atelierSchedule.ts'

const STAMP = new Date('2026-06-01T08:00:00Z')

function details(overrides: Partial<AtelierDetails> & Pick<AtelierDetails, 'date' | 'time'>) {
  const durationMinutes = overrides.durationMinutes ?? 90
  const base: AtelierDetails = {
    title: 'Atelier',
    durationMinutes,
    format: 'webinaire',
    theme: 'filieres-rev3',
    intervenants: '',
    publicVise: '',
    capacity: 0,
    presentation: '',
    agenda: [],
    resources: [],
    replayLink: '',
    session: { state: 'a-venir' },
    ...overrides,
  }
  return { ...base, ...atelierSchedule(base.date, base.time, durationMinutes) }
}

const VISIO = 'https://visio.exemple.fr/salle-rev3'
const REVISED = new Date('2026-05-20T09:15:00Z')

function event(
  id: string,
  atelier: AtelierDetails,
  visioLink = VISIO,
  revisedAt = REVISED,
): AtelierEvent {
  return {
    id,
    details: atelier,
    revisedAt,
    pageUrl: `https://maillage.exemple.fr/ateliers/${id}`,
    visioLink,
  }
}

/** Parses an iCalendar text with ical.js, a real parser: the calendar and its events by UID. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[])
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
  return { calendar, events: new Map(events.map((parsed) => [parsed.uid, parsed])) }
}

describe('the calendar of the ateliers', () => {
  it('gives summer (CEST) and winter (CET) ateliers their right instants', async () => {
    const summer = details({ title: 'Filières REV3', date: '2026-07-02', time: '14:00' })
    const winter = details({ date: '2026-12-03', time: '14:00', durationMinutes: 120 })
    const { events } = parse(
      await renderAtelierCalendar([event('rev3', summer), event('cop', winter)], { stamp: STAMP }),
    )
    const july = events.get('rev3@maillage')
    expect(july?.summary).toBe('Filières REV3')
    expect(july?.startDate.toJSDate().toISOString()).toBe('2026-07-02T12:00:00.000Z')
    expect(july?.endDate.toJSDate().toISOString()).toBe('2026-07-02T13:30:00.000Z')
    const december = events.get('cop@maillage')
    expect(december?.startDate.toJSDate().toISOString()).toBe('2026-12-03T13:00:00.000Z')
    expect(december?.endDate.toJSDate().toISOString()).toBe('2026-12-03T15:00:00.000Z')
  })

  it('keeps accents, commas, semicolons and new lines', async () => {
    const title = 'Métiers d’avenir, compétences ; « transitions »'
    const presentation = 'Première ligne, avec virgule ;\nseconde ligne : écologie, numérique.'
    const atelier = details({
      title,
      date: '2026-07-02',
      time: '09:30',
      intervenants: 'Émilie Lefèvre (C2RP), Karim Haddad',
      presentation,
    })
    const { events } = parse(
      await renderAtelierCalendar([event('rev3', atelier)], { stamp: STAMP }),
    )
    const parsed = events.get('rev3@maillage')
    expect(parsed?.summary).toBe(title)
    expect(parsed?.description).toContain(presentation)
    expect(parsed?.description).toContain('Intervenants : Émilie Lefèvre (C2RP), Karim Haddad')
    expect(parsed?.description).toContain('Format : Webinaire')
    expect(parsed?.description).toContain('Thème : Filières REV3')
    expect(parsed?.description).toContain(
      'Page de l’atelier : https://maillage.exemple.fr/ateliers/rev3',
    )
  })

  it('gives the page as URL and the visio link as location only to those who may see it', async () => {
    const atelier = details({ date: '2026-07-02', time: '14:00' })
    const { calendar } = parse(
      await renderAtelierCalendar([event('inscrit', atelier), event('visiteur', atelier, '')], {
        stamp: STAMP,
      }),
    )
    const [shown, hidden] = calendar.getAllSubcomponents('vevent')
    expect(shown?.getFirstPropertyValue('url')).toBe('https://maillage.exemple.fr/ateliers/inscrit')
    expect(shown?.getFirstPropertyValue('location')).toBe(VISIO)
    expect(hidden?.getFirstPropertyValue('location')).toBeNull()
  })

  it('names the programme feed and leaves out ateliers without a date and time', async () => {
    const dated = details({ date: '2026-07-02', time: '14:00' })
    const undated = details({ date: '2026-07-09', time: '' })
    const text = await renderAtelierCalendar([event('dated', dated), event('undated', undated)], {
      stamp: STAMP,
      name: PROGRAMME_CALENDAR_NAME,
    })
    const { calendar, events } = parse(text)
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(PROGRAMME_CALENDAR_NAME)
    expect([...events.keys()]).toEqual(['dated@maillage'])
  })

  it('gives a higher SEQUENCE and a later LAST-MODIFIED once the atelier is moved', async () => {
    const before = details({ date: '2026-07-02', time: '14:00' })
    const moved = details({ date: '2026-07-09', time: '10:00', durationMinutes: 120 })
    const movedAt = new Date('2026-06-03T16:40:00Z')
    const [first, second] = [
      await renderAtelierCalendar([event('rev3', before)], { stamp: STAMP }),
      await renderAtelierCalendar([event('rev3', moved, VISIO, movedAt)], { stamp: STAMP }),
    ].map((text) => parse(text).events.get('rev3@maillage'))
    expect(first?.sequence).toBe(eventSequence(REVISED))
    expect(second?.sequence).toBeGreaterThan(first?.sequence ?? Infinity)
    const lastModified = (parsed: typeof first) =>
      (parsed?.component.getFirstPropertyValue('last-modified') as ICAL.Time | null)?.toJSDate()
    expect(lastModified(first)?.toISOString()).toBe(REVISED.toISOString())
    expect(lastModified(second)?.toISOString()).toBe(movedAt.toISOString())
  })

  it('derives SEQUENCE from the seconds since 2026, never below 0', () => {
    expect(eventSequence(new Date('2026-01-01T00:00:00Z'))).toBe(0)
    expect(eventSequence(new Date('2025-12-31T23:00:00Z'))).toBe(0)
    expect(eventSequence(new Date('2026-01-01T00:01:30.900Z'))).toBe(90)
  })
})
