import { describe, expect, it } from 'vitest'
import { KINDS } from '../kinds/KINDS.ts'
import type { FieldValues, ItemValues } from '../kinds/FieldValues.ts'
import {
  JOB_DATING_CLOSED_RAW,
  JOB_DATING_RAW,
  ficheValues,
} from '../kinds/ficheAction/ficheActionFixtures.ts'
import { readFields } from '../kinds/fields/readFields.ts'
import {
  MAX_INDEXED_FICHE_LINKS,
  MAX_INDEXED_INDICATORS,
  MAX_INDEXED_MEASUREMENTS,
  pilotageIndexSchema,
} from './PilotageIndex.ts'
import { pilotageIndexOf } from './pilotageIndexOf.ts'

function item(id: string, order: number, values: ItemValues['values']): ItemValues {
  return { id, order, values }
}

function day(index: number): string {
  return new Date(Date.UTC(2024, 0, 1 + index)).toISOString().slice(0, 10)
}

describe('pilotageIndexOf', () => {
  it('digests the indicators and the bilan of a fiche action', () => {
    const index = pilotageIndexOf('fiche-action', ficheValues(JOB_DATING_CLOSED_RAW))
    expect(index).toEqual({
      kind: 'fiche-action',
      indicators: [
        {
          id: 'i1',
          level: 'realisation',
          label: 'Job datings organisés',
          unit: 'sessions',
          baseline: null,
          baselineDate: '',
          target: 3,
          targetDate: '2025-05-31',
          kpi: '',
          measurements: [],
        },
        expect.objectContaining({ id: 'i2', unit: 'personnes', target: 180, targetDate: '' }),
        {
          id: 'i3',
          level: 'resultat',
          label: 'Recrutements à trois mois',
          unit: 'personnes',
          baseline: 0,
          baselineDate: '',
          target: 60,
          targetDate: '2025-06-30',
          kpi: 'acces-emploi-6-mois',
          measurements: [
            { date: '2025-05-20', value: 23 },
            { date: '2025-06-01', value: 41 },
          ],
        },
      ],
      efficacite: 8,
      reconduction: 'oui',
      nombreBeneficiaires: 180,
    })
    expect(pilotageIndexSchema.parse(index)).toEqual(index)
  })

  it('digests an empty fiche action without indicators nor bilan', () => {
    const index = pilotageIndexOf('fiche-action', ficheValues({}))
    expect(index).toEqual({
      kind: 'fiche-action',
      indicators: [],
      efficacite: null,
      reconduction: '',
      nombreBeneficiaires: null,
    })
  })

  it('keeps each indicator with its own unit: nothing is summed across indicators', () => {
    const index = pilotageIndexOf('fiche-action', ficheValues(JOB_DATING_RAW))
    const units = index?.kind === 'fiche-action' ? index.indicators.map((i) => i.unit) : []
    expect(units).toEqual(['sessions', 'personnes', 'personnes'])
  })

  it('leaves out indicators without a libellé', () => {
    const values: FieldValues = {
      indicateurs: [
        item('blank', 1, { niveau: 'resultat', libelle: '  ', cible: 3 }),
        item('named', 2, { niveau: 'resultat', libelle: 'Entrées en formation' }),
      ],
    }
    const index = pilotageIndexOf('fiche-action', values)
    expect(index?.kind === 'fiche-action' && index.indicators.map((i) => i.id)).toEqual(['named'])
  })

  it('digests a feuille de route: année and linked fiches in list order, without repeats', () => {
    const values = readFields(KINDS['feuille-de-route'], {
      annee: 2025,
      fichesAction: [
        { id: 'l1', order: 1, fiche: 'fiche-b' },
        { id: 'l2', order: 2, fiche: '' },
        { id: 'l3', order: 3, fiche: 'fiche-a' },
        { id: 'l4', order: 4, fiche: 'fiche-b' },
      ],
    }).values
    expect(pilotageIndexOf('feuille-de-route', values)).toEqual({
      kind: 'feuille-de-route',
      annee: 2025,
      ficheIds: ['fiche-b', 'fiche-a'],
    })
    expect(pilotageIndexOf('feuille-de-route', {})).toEqual({
      kind: 'feuille-de-route',
      annee: null,
      ficheIds: [],
    })
  })

  it('answers null for the kinds without a steering digest', () => {
    expect(pilotageIndexOf('diagnostic', {})).toBeNull()
    expect(pilotageIndexOf('auto-evaluation', {})).toBeNull()
    expect(pilotageIndexOf('page', {})).toBeNull()
  })

  it('keeps the latest measurements, oldest first, when there are too many', () => {
    const mesures = Array.from({ length: MAX_INDEXED_MEASUREMENTS + 10 }, (_, index) =>
      item(`m${index}`, MAX_INDEXED_MEASUREMENTS + 10 - index, { date: day(index), valeur: index }),
    )
    const values: FieldValues = {
      indicateurs: [item('i', 1, { niveau: 'resultat', libelle: 'Recrutements', mesures })],
    }
    const index = pilotageIndexOf('fiche-action', values)
    const kept = index?.kind === 'fiche-action' ? (index.indicators[0]?.measurements ?? []) : []
    expect(kept).toHaveLength(MAX_INDEXED_MEASUREMENTS)
    expect(kept[0]).toEqual({ date: day(10), value: 10 })
    expect(kept.at(-1)).toEqual({ date: day(MAX_INDEXED_MEASUREMENTS + 9), value: 33 })
  })

  it('stays within pilotageIndexSchema whatever the values hold', () => {
    const long = 'é'.repeat(5_000) + '😀'
    const hostileIndicator = (index: number): ItemValues =>
      item(index === 0 ? 'x'.repeat(101) : `i${index}`, index, {
        niveau: 'inconnu',
        libelle: `${long}${index}`,
        unite: long,
        valeurReference: Number.NaN,
        dateReference: '2025-02-30',
        cible: Number.POSITIVE_INFINITY,
        dateCible: 'demain',
        kpi: 'k'.repeat(500),
        mesures: Array.from({ length: 500 }, (_, m) =>
          item(`m${m}`, m, {
            date: m % 3 === 0 ? '2025-13-01' : day(m),
            valeur: m % 5 === 0 ? Number.NaN : m,
          }),
        ),
      })
    const fiche: FieldValues = {
      indicateurs: Array.from({ length: 300 }, (_, index) => hostileIndicator(index)),
      efficacite: Number.NEGATIVE_INFINITY,
      reconduction: 'toujours',
      nombreBeneficiaires: Number.NaN,
    }
    const ficheIndex = pilotageIndexOf('fiche-action', fiche)
    expect(pilotageIndexSchema.safeParse(ficheIndex).success).toBe(true)
    if (ficheIndex?.kind !== 'fiche-action') throw new Error('not a fiche')
    expect(ficheIndex.indicators).toHaveLength(MAX_INDEXED_INDICATORS)
    expect(ficheIndex.indicators[0]?.id).toBe('i1')
    expect(ficheIndex.indicators[0]).toMatchObject({
      level: '',
      baseline: null,
      baselineDate: '',
      target: null,
      targetDate: '',
      kpi: '',
    })
    expect(ficheIndex.indicators[0]?.label).toHaveLength(200)
    expect(ficheIndex.reconduction).toBe('')

    const feuille: FieldValues = {
      annee: 2025.5,
      fichesAction: Array.from({ length: 1_000 }, (_, index) =>
        item(`l${index}`, index, { fiche: index === 0 ? 'y'.repeat(101) : `fiche-${index % 400}` }),
      ),
    }
    const feuilleIndex = pilotageIndexOf('feuille-de-route', feuille)
    expect(pilotageIndexSchema.safeParse(feuilleIndex).success).toBe(true)
    expect(feuilleIndex).toMatchObject({ annee: null })
    const ids = feuilleIndex?.kind === 'feuille-de-route' ? feuilleIndex.ficheIds : []
    expect(ids).toHaveLength(MAX_INDEXED_FICHE_LINKS)
    expect(new Set(ids).size).toBe(ids.length)
  })
})
