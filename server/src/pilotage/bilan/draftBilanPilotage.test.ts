import { getSchema } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { createContentExtensions } from '@maillage/editor'
import type { RichTextJson } from '@maillage/protocol'
import type { RegionalView } from '@maillage/schema'
import { BILAN_SOURCES, TWO_CLPE_VIEW } from './bilanFixtures.ts'
import { bilanTitle, draftBilanPilotage } from './draftBilanPilotage.ts'

const NBSP = '\u00a0'
const NNBSP = '\u202f'

function textOf(node: RichTextJson): string {
  return node.text ?? (node.content ?? []).map(textOf).join(node.type === 'paragraph' ? '' : ' ')
}

function nodesOf(node: RichTextJson, type: string): RichTextJson[] {
  const own = node.type === type ? [node] : []
  return [...own, ...(node.content ?? []).flatMap((child) => nodesOf(child, type))]
}

function headings(doc: RichTextJson, level: number): string[] {
  return nodesOf(doc, 'heading')
    .filter((node) => node.attrs?.['level'] === level)
    .map(textOf)
}

/** The cells of a table as text, row by row. */
function cellsOf(table: RichTextJson): string[][] {
  return (table.content ?? []).map((row) => (row.content ?? []).map(textOf))
}

/** The blocks between the heading `title` and the next heading of level 2. */
function section(doc: RichTextJson, title: string): RichTextJson[] {
  const blocks = doc.content ?? []
  const start = blocks.findIndex((block) => block.type === 'heading' && textOf(block) === title)
  if (start < 0) throw new Error(`no section ${title}`)
  const rest = blocks.slice(start + 1)
  const end = rest.findIndex((block) => block.type === 'heading' && block.attrs?.['level'] === 2)
  return end < 0 ? rest : rest.slice(0, end)
}

function hrefs(node: RichTextJson): string[] {
  const own = (node.marks ?? [])
    .filter((mark) => mark.type === 'link')
    .map((mark) => String(mark.attrs?.['href']))
  return [...own, ...(node.content ?? []).flatMap(hrefs)]
}

const EMPTY_REGION: RegionalView = {
  ...TWO_CLPE_VIEW,
  rows: TWO_CLPE_VIEW.rows.map((row) => ({
    ...row,
    actions: 0,
    byStatus: {},
    byThematique: {},
    quantifiedShare: { withIndicator: 0, total: 0, ratio: null },
    averageQuality: null,
    staleCount: 0,
    maturity: null,
  })),
  totals: {
    ...TWO_CLPE_VIEW.totals,
    actions: 0,
    byStatus: {},
    byThematique: {},
    quantifiedShare: { withIndicator: 0, total: 0, ratio: null },
    averageQuality: null,
    staleCount: 0,
  },
  kpis: TWO_CLPE_VIEW.kpis.map((kpi) => ({ ...kpi, actions: [] })),
}

describe('draftBilanPilotage', () => {
  const draft = draftBilanPilotage(BILAN_SOURCES)

  it('titles the bilan with its period in French', () => {
    expect(bilanTitle('2026-01-01', '2026-06-30')).toBe(
      'Bilan du pilotage des CLPE — du 1er janvier au 30 juin 2026',
    )
    expect(bilanTitle('2026-01-01', '2026-12-31')).toBe('Bilan du pilotage des CLPE — année 2026')
  })

  it('drafts the sections the bureau du CoRE expects, in order', () => {
    expect(headings(draft, 2)).toEqual([
      'Période et sources',
      'Chiffres clés',
      'Actions par statut et par thématique',
      'Faits marquants',
      'Maturité des CLPE',
      'Contribution aux indicateurs nationaux',
      'Sujets supra-territoriaux',
      'Analyse et propositions au bureau du CoRE',
    ])
  })

  it('gives the key figures as a table, one row per CLPE and one for the region', () => {
    const [table] = nodesOf({ type: 'doc', content: section(draft, 'Chiffres clés') }, 'table')
    if (table === undefined) throw new Error('no table')
    const cells = cellsOf(table)
    expect(cells[0]?.[0]).toBe('CLPE')
    expect(cells[1]).toEqual([
      'CLPE Lille Métropole',
      `1${NNBSP}204`,
      `1${NNBSP}000`,
      '200',
      '12',
      `38${NBSP}%`,
      '62/100',
    ])
    expect(cells[2]).toEqual(['CLPE Lens', '4', '2', '1', '1', `25${NBSP}%`, '48/100'])
    expect(cells[3]?.[0]).toBe('Ensemble des CLPE')
    expect(cells[3]?.[1]).toBe(`1${NNBSP}208`)
  })

  it('labels every section of figures with its source and the day they were taken', () => {
    for (const title of [
      'Chiffres clés',
      'Actions par statut et par thématique',
      'Faits marquants',
      'Maturité des CLPE',
      'Contribution aux indicateurs nationaux',
      'Sujets supra-territoriaux',
    ]) {
      const last = section(draft, title).at(-1)
      expect(last && textOf(last)).toMatch(
        new RegExp(`^Source${NBSP}: Maillage, .+, chiffres arrêtés au 7 décembre 2026\\.$`, 'u'),
      )
    }
  })

  it('writes French spacing before the high signs and never an ordinary space', () => {
    const all = textOf(draft)
    expect(all).toContain(`Période couverte${NBSP}: du 1er janvier au 30 juin 2026.`)
    expect(all).not.toMatch(/ [:;?!%»]/u)
    expect(all).toContain(`${NNBSP};`)
    expect(all).toContain(
      `1${NNBSP}208 actions suivies dans 2 CLPE sur 2${NBSP}: 1${NNBSP}002 en cours, 201 terminées${NNBSP};`,
    )
  })

  it('counts actions by status in life order and by thématique, most frequent first', () => {
    const tables = nodesOf(
      { type: 'doc', content: section(draft, 'Actions par statut et par thématique') },
      'table',
    ).map(cellsOf)
    expect(tables[0]?.slice(1).map((cells) => cells.slice(0, 2))).toEqual([
      ['En attente de validation', '4'],
      ['En cours', `1${NNBSP}002`],
      ['Terminée', '201'],
      ['Abandonnée', '1'],
    ])
    expect(tables[1]?.slice(1)).toEqual([
      ['Recrutement et métiers en tension', '900', '1'],
      ['Mobilité', '302', '2'],
    ])
  })

  it('links the faits marquants, the national indicators and the subjects to their documents', () => {
    const links = hrefs(draft)
    expect(links).toContain('/documents/fiche-lille-job-dating')
    expect(links).toContain('/documents/fiche-lens-mobilite')
    expect(links).toContain('/echanges/fil-mobilite-bassin-minier')
    const highlights = textOf({ type: 'doc', content: section(draft, 'Faits marquants') })
    expect(highlights).toContain(`efficacité auto-évaluée 8/10, reconduction${NBSP}: oui`)
    expect(highlights).toContain(
      `Recrutements à trois mois${NBSP}: 44 personnes au 15 juin 2026, pour une cible de 40 personnes`,
    )
    const subjects = textOf({ type: 'doc', content: section(draft, 'Sujets supra-territoriaux') })
    expect(subjects).toContain('soulevé par 3 CLPE, pris en charge')
  })

  it('counts the CLPE at each maturity level per theme, the others « non évalué »', () => {
    const [table] = nodesOf({ type: 'doc', content: section(draft, 'Maturité des CLPE') }, 'table')
    if (table === undefined) throw new Error('no table')
    expect(cellsOf(table)).toEqual([
      [
        'Thème',
        'Émergent',
        'En structuration',
        'Opérationnel et coordonné',
        'À impact démontré',
        'Non évalué',
      ],
      ['Dynamique de fonctionnement', '0', '0', '1', '0', '1'],
      ['Pilotage et impact', '0', '1', '0', '0', '1'],
      ['Niveau d’ensemble', '0', '1', '0', '0', '1'],
    ])
  })

  it('says so, instead of empty tables, for a region without actions nor assessments', () => {
    const empty = draftBilanPilotage({
      ...BILAN_SOURCES,
      view: EMPTY_REGION,
      highlights: { fiches: [], indicators: [] },
      subjects: [],
    })
    const all = textOf(empty)
    expect(all).toContain('Aucun CLPE n’a encore transmis d’auto-évaluation.')
    expect(all).toContain('Aucune action n’a encore de thématique renseignée.')
    expect(all).toContain(`Aucun sujet n’est soulevé par plusieurs CLPE à ce jour.`)
    expect(all).toContain('—')
    expect(hrefs(empty)).toEqual([])
  })

  it('is a valid document of the editor’s schema (tables included)', () => {
    const schema = getSchema(createContentExtensions())
    expect(() => {
      schema.nodeFromJSON(draft).check()
    }).not.toThrow()
    expect(nodesOf(draft, 'table').length).toBe(5)
  })
})
