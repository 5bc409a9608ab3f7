import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DocumentKind, DocumentRoot } from '@maillage/schema'
import { appendMeasurement, MAX_MEASUREMENTS_PER_INDICATOR } from './appendMeasurement.ts'

const INPUT = { date: '2026-03-31', valeur: 12, commentaire: 'Premier trimestre' }

function ficheWithIndicator(measurements: Y.Map<unknown>[] | null): Y.Doc {
  const doc = new Y.Doc()
  const indicators = new Y.Array<unknown>()
  doc.getMap(DocumentRoot.Fields).set('indicateurs', indicators)
  const indicator = new Y.Map<unknown>()
  indicator.set('id', 'indicateur-1')
  indicator.set('order', 1)
  if (measurements !== null) {
    const list = new Y.Array<unknown>()
    list.push(measurements)
    indicator.set('mesures', list)
  }
  indicators.push([indicator])
  return doc
}

function measurement(order: number): Y.Map<unknown> {
  const item = new Y.Map<unknown>()
  item.set('id', `mesure-${order}`)
  item.set('order', order)
  return item
}

function measurementsOf(doc: Y.Doc): Y.Map<unknown>[] {
  const indicators = doc.getMap(DocumentRoot.Fields).get('indicateurs') as Y.Array<Y.Map<unknown>>
  const list = indicators.get(0).get('mesures') as Y.Array<Y.Map<unknown>>
  return list.toArray()
}

const entry = { id: 'nouvelle', saisiePar: 'Nadia Benali', saisieLe: '2026-04-02' }

describe('appendMeasurement', () => {
  it('appends an item as the web’s list editor makes it, after the last one', () => {
    const doc = ficheWithIndicator([measurement(3), measurement(1)])
    const saved = appendMeasurement(
      doc,
      DocumentKind.FicheAction,
      { indicatorId: 'indicateur-1', input: INPUT },
      entry,
    )
    expect(saved).toEqual({ ...INPUT, ...entry })
    const added = measurementsOf(doc).at(-1)
    expect(added?.toJSON()).toEqual({
      id: 'nouvelle',
      order: 4,
      date: '2026-03-31',
      valeur: 12,
      commentaire: 'Premier trimestre',
      saisiePar: 'Nadia Benali',
      saisieLe: '2026-04-02',
    })
    expect(added?.get('commentaire')).toBeInstanceOf(Y.Text)
    expect(added?.get('saisiePar')).toBeInstanceOf(Y.Text)
  })

  it('makes the list of an indicator that has none', () => {
    const doc = ficheWithIndicator(null)
    appendMeasurement(
      doc,
      DocumentKind.FicheAction,
      { indicatorId: 'indicateur-1', input: INPUT },
      entry,
    )
    expect(measurementsOf(doc).map((item) => item.get('order'))).toEqual([1])
  })

  it('refuses an unknown indicator and a full list, writing nothing', () => {
    const empty = ficheWithIndicator([])
    expect(() =>
      appendMeasurement(
        empty,
        DocumentKind.FicheAction,
        { indicatorId: 'absent', input: INPUT },
        entry,
      ),
    ).toThrow(expect.objectContaining({ code: 'INDICATOR_NOT_FOUND' }))
    expect(() =>
      appendMeasurement(
        empty,
        DocumentKind.Page,
        { indicatorId: 'indicateur-1', input: INPUT },
        entry,
      ),
    ).toThrow(expect.objectContaining({ code: 'INDICATOR_NOT_FOUND' }))
    const full = ficheWithIndicator(
      Array.from({ length: MAX_MEASUREMENTS_PER_INDICATOR }, (_, index) => measurement(index)),
    )
    expect(() =>
      appendMeasurement(
        full,
        DocumentKind.FicheAction,
        { indicatorId: 'indicateur-1', input: INPUT },
        entry,
      ),
    ).toThrow(expect.objectContaining({ code: 'TOO_MANY_MEASUREMENTS' }))
    expect(measurementsOf(empty)).toEqual([])
    expect(measurementsOf(full)).toHaveLength(MAX_MEASUREMENTS_PER_INDICATOR)
  })
})
