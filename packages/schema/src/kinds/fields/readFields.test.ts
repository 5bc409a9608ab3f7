import { describe, expect, it } from 'vitest'
import type { FieldDefinition } from '../FieldDefinition.ts'
import { KINDS } from '../KINDS.ts'
import {
  choiceField,
  dateField,
  documentLinkField,
  lineField,
  listField,
  multiChoiceField,
  numberField,
  proseField,
  timeField,
} from './defineFields.ts'
import { emptyValueOf } from './emptyValueOf.ts'
import { readFields } from './readFields.ts'

const options = [
  { value: 'jeunes', label: 'Jeunes' },
  { value: 'seniors', label: 'Seniors' },
  { value: 'qpv', label: 'QPV' },
]

const fields: readonly FieldDefinition[] = [
  lineField('titre', 'Titre court', { maxLength: 10 }),
  proseField('texte', 'Texte'),
  choiceField('choix', 'Choix', options),
  multiChoiceField('publics', 'Publics', options),
  dateField('debut', 'Date de début'),
  numberField('note', 'Note', { integer: true, min: 0, max: 10 }),
  numberField('montant', 'Montant'),
  documentLinkField('fiche', 'Fiche liée', 'fiche-action'),
  listField('acteurs', 'Acteurs', {
    itemLabel: 'Acteur',
    addLabel: 'un acteur',
    fields: [lineField('nom', 'Nom'), numberField('poids', 'Poids')],
  }),
]

const empty = {
  titre: '',
  texte: '',
  choix: '',
  publics: [],
  debut: '',
  note: null,
  montant: null,
  fiche: '',
  acteurs: [],
}

describe('readFields', () => {
  it('reads well-typed values as they are, multi-choices in options order', () => {
    const { values, problems } = readFields(fields, {
      titre: 'Court',
      texte: 'Un texte\nsur deux lignes',
      choix: 'seniors',
      publics: { qpv: true, jeunes: true, seniors: false },
      debut: '2024-02-29',
      note: 7,
      montant: 1234.5,
      fiche: 'fiche-job-dating',
    })
    expect(problems).toEqual([])
    expect(values).toEqual({
      ...empty,
      titre: 'Court',
      texte: 'Un texte\nsur deux lignes',
      choix: 'seniors',
      publics: ['jeunes', 'qpv'],
      debut: '2024-02-29',
      note: 7,
      montant: 1234.5,
      fiche: 'fiche-job-dating',
    })
  })

  it('reads absent and null values as empty, without problems', () => {
    expect(readFields(fields, {})).toEqual({ values: empty, problems: [] })
    const nulls = Object.fromEntries(Object.keys(empty).map((key) => [key, null]))
    expect(readFields(fields, nulls)).toEqual({ values: empty, problems: [] })
  })

  it('reports every wrong-typed value with its path, a stable code and the field’s label', () => {
    const { values, problems } = readFields(fields, {
      titre: 42,
      texte: ['pas', 'du', 'texte'],
      choix: true,
      publics: ['jeunes'],
      debut: 20250101,
      note: '7',
      montant: Number.NaN,
      fiche: 12,
      acteurs: { a: 1 },
    })
    expect(values).toEqual(empty)
    expect(problems.map((problem) => [problem.path, problem.code])).toEqual([
      [['titre'], 'WRONG_TYPE'],
      [['texte'], 'WRONG_TYPE'],
      [['choix'], 'WRONG_TYPE'],
      [['publics'], 'WRONG_TYPE'],
      [['debut'], 'WRONG_TYPE'],
      [['note'], 'WRONG_TYPE'],
      [['montant'], 'WRONG_TYPE'],
      [['fiche'], 'WRONG_TYPE'],
      [['acteurs'], 'WRONG_TYPE'],
    ])
    expect(problems[0]?.message).toContain('« Titre court »')
    expect(problems[5]?.message).toContain('nombre entier')
  })

  it('reads an unknown choice as none, and drops unknown ticked options', () => {
    const { values, problems } = readFields(fields, {
      choix: 'retraités',
      publics: { jeunes: true, martiens: true },
    })
    expect(values.choix).toBe('')
    expect(values.publics).toEqual(['jeunes'])
    expect(problems.map((problem) => problem.code)).toEqual(['UNKNOWN_OPTION', 'UNKNOWN_OPTION'])
    expect(problems[0]?.message).toContain('« retraités »')
  })

  it('rejects impossible dates and numbers out of range', () => {
    const { values, problems } = readFields(fields, {
      debut: '2025-02-29',
      note: 11,
      montant: Infinity,
    })
    expect([values.debut, values.note, values.montant]).toEqual(['', null, null])
    expect(problems.map((problem) => problem.code)).toEqual([
      'INVALID_DATE',
      'OUT_OF_RANGE',
      'WRONG_TYPE',
    ])
    expect(problems[1]?.message).toContain('de 0 à 10')
  })

  it('reads times of day written HH:MM on 24 hours and rejects the others', () => {
    const heure = [timeField('heure', 'Heure de début')]
    expect(readFields(heure, {}).values.heure).toBe('')
    expect(readFields(heure, { heure: '09:30' }).values.heure).toBe('09:30')
    expect(readFields(heure, { heure: '23:59' }).problems).toEqual([])
    for (const wrong of ['25h99', '24:00', '9:30', '12:60', '14:00:00']) {
      const { values, problems } = readFields(heure, { heure: wrong })
      expect(values.heure).toBe('')
      expect(problems.map((problem) => problem.code)).toEqual(['INVALID_TIME'])
    }
    const { problems } = readFields(heure, { heure: 930 })
    expect(problems[0]?.message).toContain('une heure')
  })

  it('cuts text longer than its maximum and says so, without splitting an emoji', () => {
    const { values, problems } = readFields(fields, { titre: 'Job dating 🏖️ sur la côte' })
    expect(values.titre).toBe('Job dating')
    expect(problems).toEqual([expect.objectContaining({ path: ['titre'], code: 'TOO_LONG' })])
    expect(readFields(fields, { titre: '123456789🏖' }).values.titre).toBe('123456789')
  })

  it('sorts list items by order then id and reads their fields', () => {
    const { values, problems } = readFields(fields, {
      acteurs: [
        { id: 'c', order: 2, nom: 'Cap emploi' },
        { id: 'b', order: 0.5, nom: 'Mission locale', poids: 'lourd' },
        { id: 'a', order: 2, nom: 'France Travail', inconnu: 'ignoré' },
      ],
    })
    expect(values.acteurs).toEqual([
      { id: 'b', order: 0.5, values: { nom: 'Mission locale', poids: null } },
      { id: 'a', order: 2, values: { nom: 'France Travail', poids: null } },
      { id: 'c', order: 2, values: { nom: 'Cap emploi', poids: null } },
    ])
    expect(problems).toEqual([
      expect.objectContaining({ path: ['acteurs', 1, 'poids'], code: 'WRONG_TYPE' }),
    ])
  })

  it('skips items without a string id or repeating one, and places items without order by rank', () => {
    const { values, problems } = readFields(fields, {
      acteurs: [
        { order: 1, nom: 'Sans id' },
        { id: 7, order: 2, nom: 'Id numérique' },
        'pas un objet',
        { id: 'x', order: 3, nom: 'Premier x' },
        { id: 'x', order: 0, nom: 'Second x' },
        { id: 'y', nom: 'Sans ordre' },
      ],
    })
    expect(values.acteurs).toEqual([
      { id: 'x', order: 3, values: { nom: 'Premier x', poids: null } },
      { id: 'y', order: 5, values: { nom: 'Sans ordre', poids: null } },
    ])
    expect(problems.map((problem) => problem.path)).toEqual([
      ['acteurs', 0, 'id'],
      ['acteurs', 1, 'id'],
      ['acteurs', 2],
      ['acteurs', 4, 'id'],
      ['acteurs', 5, 'order'],
    ])
    expect(problems.every((problem) => problem.code === 'WRONG_TYPE')).toBe(true)
  })

  it('survives hostile input: nested garbage, huge strings, prototype keys', () => {
    const hostile = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},' +
        '"publics": {"__proto__": true, "jeunes": true},' +
        '"acteurs": [{"id": "__proto__", "order": 1, "nom": {"__proto__": {"x": 1}}},' +
        '{"id": "a", "order": 2, "nom": [[[[[[]]]]]]}, null, [1, 2], {"id": "b", "order": "1e999"}]}',
    ) as unknown
    const huge = 'x'.repeat(5_000_000)
    const result = readFields(fields, hostile)
    expect(result.values.publics).toEqual(['jeunes'])
    expect(result.values.acteurs).toEqual([
      { id: '__proto__', order: 1, values: { nom: '', poids: null } },
      { id: 'a', order: 2, values: { nom: '', poids: null } },
      { id: 'b', order: 4, values: { nom: '', poids: null } },
    ])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(result.values)).toBe(Object.prototype)

    const long = readFields(fields, { texte: huge, choix: huge, fiche: huge, debut: huge })
    expect((long.values.texte as string).length).toBe(20_000)
    expect(long.values.choix).toBe('')
    expect(long.problems.every((problem) => problem.message.length < 300)).toBe(true)
  })

  it('never throws on any kind of root value', () => {
    for (const raw of [undefined, null, 0, 'texte', [], [1], true, () => 1, new Date(0)]) {
      const result = readFields(KINDS['fiche-action'], raw)
      expect(result.values.problematique).toBe('')
    }
    expect(readFields(fields, 'texte').problems).toEqual([
      expect.objectContaining({ path: [], code: 'WRONG_TYPE' }),
    ])
  })

  it('reads nested lists of a kind, such as the measurements of an indicator', () => {
    const { values, problems } = readFields(KINDS['fiche-action'], {
      indicateurs: [
        {
          id: 'i',
          order: 1,
          niveau: 'contexte',
          mesures: [{ id: 'm', order: 1, date: '2025-13-01', valeur: 3 }],
        },
      ],
    })
    expect(problems.map((problem) => [problem.path, problem.code])).toEqual([
      [['indicateurs', 0, 'niveau'], 'UNKNOWN_OPTION'],
      [['indicateurs', 0, 'mesures', 0, 'date'], 'INVALID_DATE'],
    ])
    expect(values.indicateurs).toHaveLength(1)
  })
})

describe('emptyValueOf', () => {
  it('gives each type its empty value', () => {
    expect(fields.map((field) => emptyValueOf(field))).toEqual(Object.values(empty))
  })
})
