import { describe, expect, it } from 'vitest'
import { ATELIER_FORMAT_OPTIONS, ATELIER_THEME_OPTIONS } from '../ateliers/atelierOptions.ts'
import { ATELIER_KEY_FIELDS, atelierKind } from './atelierKind.ts'
import { fieldsOf } from './fields/fieldsOf.ts'
import { itemsValue } from './fields/fieldValue.ts'
import { readFields } from './fields/readFields.ts'

describe('atelierKind', () => {
  it('has the fields of an atelier of the programme (issue #8)', () => {
    const names = fieldsOf(atelierKind).map((field) => field.name)
    expect(names).toEqual(
      expect.arrayContaining([
        'date',
        'heure',
        'duree',
        'format',
        'theme',
        'intervenants',
        'capacite',
        'presentation',
        'agenda',
        'ressources',
        'replay',
      ]),
    )
  })

  it('keeps no visio link in the co-edited fields: every reader receives the Y.Doc', () => {
    const names = fieldsOf(atelierKind).map((field) => field.name)
    expect(names).not.toContain('visio')
  })

  it('offers the formats and themes of the programme', () => {
    const byName = new Map(fieldsOf(atelierKind).map((field) => [field.name, field]))
    const format = byName.get('format')
    const theme = byName.get('theme')
    expect(format?.type === 'choice' ? format.options : []).toEqual(ATELIER_FORMAT_OPTIONS)
    expect(theme?.type === 'choice' ? theme.options : []).toEqual(ATELIER_THEME_OPTIONS)
  })

  it('reads an agenda as items sorted by order, with title, duration and speaker', () => {
    const { values, problems } = readFields(atelierKind, {
      agenda: [
        { id: 'b', order: 2, titre: 'Échanges', duree: 30, intervenant: '' },
        { id: 'a', order: 1, titre: 'Accueil', duree: 10, intervenant: 'C2RP' },
      ],
    })
    expect(problems).toEqual([])
    expect(itemsValue(values, 'agenda').map((item) => item.values)).toEqual([
      { titre: 'Accueil', duree: 10, intervenant: 'C2RP' },
      { titre: 'Échanges', duree: 30, intervenant: '' },
    ])
  })

  it('refuses a negative capacity and a time that is not HH:MM', () => {
    const { values, problems } = readFields(atelierKind, { capacite: -3, heure: '14:00:00' })
    expect(values['capacite']).toBeNull()
    expect(values['heure']).toBe('')
    expect(problems.map((problem) => problem.code).sort()).toEqual(['INVALID_TIME', 'OUT_OF_RANGE'])
  })

  it.each(['25h99', '24:00', '9:30', '14h'])('reads the time %j as not set', (heure) => {
    const { values, problems } = readFields(atelierKind, { heure })
    expect(values['heure']).toBe('')
    expect(problems.map((problem) => problem.code)).toEqual(['INVALID_TIME'])
  })

  it('keeps its start time as a time field, in a section not named like the kind', () => {
    const heure = fieldsOf(atelierKind).find((field) => field.name === 'heure')
    expect(heure?.type).toBe('time')
    expect(atelierKind.sections.map((section) => section.title)).not.toContain(atelierKind.label)
  })

  it('starts the notes with headings and empty paragraphs only', () => {
    const texts = atelierKind.template.map((block) =>
      block.type === 'bulletList' ? '-' : block.text,
    )
    expect(texts).toEqual([
      'Ce que nous retenons',
      '',
      'Questions et réponses',
      '',
      'Suites à donner',
      '',
    ])
  })

  it('indexes its date, time, format and theme', () => {
    const { values } = readFields(atelierKind, {
      date: '2026-07-02',
      heure: '14:00',
      format: 'webinaire',
      theme: 'filieres-rev3',
      intervenants: 'C2RP',
    })
    expect(atelierKind.index(values)).toEqual({
      status: null,
      keyFields: {
        date: '2026-07-02',
        heure: '14:00',
        format: 'webinaire',
        theme: 'filieres-rev3',
      },
    })
    expect([...ATELIER_KEY_FIELDS]).toEqual(['date', 'heure', 'format', 'theme'])
  })
})
