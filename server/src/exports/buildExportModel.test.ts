import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import { buildExportModel } from './buildExportModel.ts'
import type { ExportBlock, ExportField } from './ExportModel.ts'

const NBSP = '\u00a0'
const NNBSP = '\u202f'

function recordOf(kind: DocumentRecord['kind']): DocumentRecord {
  return {
    id: 'doc-1',
    spaceId: 'clpe-59004',
    kind,
    title: 'Titre de l’index',
    sharedWithAll: false,
    createdBy: 'compte-1',
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-05T09:00:00.000Z',
  } as DocumentRecord
}

function paragraphOf(...runs: [string, Record<string, object>?][]): Y.XmlElement {
  const paragraph = new Y.XmlElement('paragraph')
  const text = new Y.XmlText()
  let index = 0
  for (const [value, attributes] of runs) {
    text.insert(index, value, attributes ?? {})
    index += value.length
  }
  paragraph.insert(0, [text])
  return paragraph
}

function element(name: string, children: Y.XmlElement[], attributes: Record<string, unknown> = {}) {
  const node = new Y.XmlElement(name)
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value as string)
  node.insert(0, children)
  return node
}

function build(doc: Y.Doc, kind: DocumentRecord['kind'] = 'fiche-action') {
  return buildExportModel({
    doc,
    record: recordOf(kind),
    spaceName: 'CLPE Lille Métropole',
    exportedAt: new Date('2027-03-01T08:00:00Z'),
    linkedTitles: new Map([['fiche-liee', 'Fiche liée']]),
  })
}

function fieldOf(fields: readonly ExportField[], label: string): ExportField | undefined {
  return fields.find((field) => field.label === label)
}

describe('buildExportModel', () => {
  it('names the document, its kind and, in the footer, its space and the day in full', () => {
    const doc = new Y.Doc()
    expect(build(doc).title).toBe('Titre de l’index')
    doc.getText('title').insert(0, 'Permis : jeunes')
    const model = build(doc)
    expect(model.title).toBe(`Permis${NBSP}: jeunes`)
    expect(model.kindLabel).toBe('Fiche action')
    expect(model.footer).toBe(`CLPE Lille Métropole — exporté le 1er${NBSP}mars${NBSP}2027`)
  })

  it('writes each field of the kind labelled, in French, by section', () => {
    const doc = new Y.Doc()
    const fields = doc.getMap('fields')
    fields.set('problematique', new Y.Text('38 % des jeunes ; « sans permis »\nSecond paragraphe'))
    fields.set('cadre', 'feuille-de-route')
    const publics = new Y.Map<boolean>()
    fields.set('publicsCibles', publics)
    publics.set('jeunes', true)
    publics.set('de', true)
    fields.set('dateDebut', '2026-09-01')
    fields.set('nombreBeneficiaires', 1200)
    const sections = build(doc).sections
    expect(sections.map((section) => section.title).slice(0, 2)).toEqual([
      'Cadre et problématique',
      'L’action',
    ])
    const all = sections.flatMap((section) => section.fields)
    expect(fieldOf(all, 'Problématique')).toEqual({
      type: 'value',
      label: 'Problématique',
      paragraphs: [
        `38${NBSP}% des jeunes${NNBSP}; «${NBSP}sans permis${NBSP}»`,
        'Second paragraphe',
      ],
    })
    expect(fieldOf(all, 'Cadre')).toMatchObject({ paragraphs: ['Feuille de route du CLPE'] })
    expect(fieldOf(all, 'Publics cibles')).toMatchObject({
      paragraphs: ['Demandeurs d’emploi, Jeunes de moins de 26 ans'],
    })
    expect(fieldOf(all, 'Date de début')).toMatchObject({
      paragraphs: [`1er${NBSP}septembre${NBSP}2026`],
    })
    expect(fieldOf(all, 'Nombre de bénéficiaires')).toMatchObject({
      paragraphs: [`1${NNBSP}200${NBSP}personnes`],
    })
    expect(fieldOf(all, 'Date de fin')).toMatchObject({ paragraphs: ['Non renseigné'] })
  })

  it('writes a list field as a table, items in order, and a linked document by its title', () => {
    const doc = new Y.Doc()
    const fields = doc.getMap('fields')
    const acteurs = new Y.Array<Y.Map<unknown>>()
    fields.set('acteurs', acteurs)
    for (const [id, order, nom] of [
      ['b', 2, 'Mission locale'],
      ['a', 1, 'France Travail'],
    ] as const) {
      const item = new Y.Map<unknown>()
      item.set('id', id)
      item.set('order', order)
      item.set('nom', new Y.Text(nom))
      item.set('role', new Y.Text('pilote'))
      acteurs.push([item])
    }
    const all = build(doc).sections.flatMap((section) => section.fields)
    expect(fieldOf(all, 'Acteurs et rôles')).toEqual({
      type: 'table',
      label: 'Acteurs et rôles',
      itemLabel: 'Acteur',
      columns: ['Nom', 'Rôle'],
      rows: [
        ['France Travail', 'pilote'],
        ['Mission locale', 'pilote'],
      ],
    })

    const roadmap = new Y.Doc()
    const links = new Y.Array<Y.Map<unknown>>()
    roadmap.getMap('fields').set('fichesAction', links)
    for (const [id, fiche] of [
      ['1', 'fiche-liee'],
      ['2', 'fiche-cachee'],
    ] as const) {
      const item = new Y.Map<unknown>()
      item.set('id', id)
      item.set('order', Number(id))
      item.set('fiche', fiche)
      links.push([item])
    }
    const table = build(roadmap, 'feuille-de-route')
      .sections.flatMap((section) => section.fields)
      .find((field) => field.type === 'table' && field.columns.includes('Fiche action'))
    const column = table?.type === 'table' ? table.columns.indexOf('Fiche action') : -1
    expect(table?.type === 'table' ? table.rows.map((row) => row[column]) : []).toEqual([
      'Fiche liée',
      'document non accessible',
    ])
  })

  it('reads the rich text as it reads with pending suggestions rejected', () => {
    const doc = new Y.Doc()
    doc
      .getXmlFragment('body')
      .insert(0, [
        element('heading', [paragraphOf(['Titre deux'])], { level: 3 }),
        paragraphOf(
          ['Gardé '],
          ['proposé en plus', { insertion: { id: 1 } }],
          ['supprimé proposé', { deletion: { id: 2 } }],
          [' gras', { bold: {} }],
          [' lien : ici', { link: { href: 'https://exemple.fr' } }],
          [' à 14:30 : fin'],
        ),
        element('paragraph', [], { marks: [{ type: 'insertion', attrs: { id: 3 } }] }),
        element('orderedList', [element('listItem', [paragraphOf(['Un'])])], { start: 3 }),
        element('taskList', [element('taskItem', [paragraphOf(['Fait'])], { checked: true })]),
        element('table', [
          element('tableRow', [element('tableHeader', [paragraphOf(['En-tête'])])]),
          element('tableRow', [element('tableCell', [paragraphOf(['Cellule'])], { colspan: 2 })]),
        ]),
        element('blockquote', [paragraphOf(['Cité'])]),
        element('horizontalRule', []),
      ])
    const body = build(doc).body
    const [heading, paragraph, list, tasks, table, quote, rule, ...rest] = body
    expect(rest).toEqual([])
    expect(heading).toMatchObject({ type: 'heading', level: 3 })
    expect(paragraph).toEqual<ExportBlock>({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Gardé ', marks: {} },
        { type: 'text', text: 'supprimé proposé', marks: {} },
        { type: 'text', text: ' gras', marks: { bold: true } },
        { type: 'text', text: ' lien : ici', marks: { link: 'https://exemple.fr' } },
        { type: 'text', text: ` à 14:30${NBSP}: fin`, marks: {} },
      ],
    })
    expect(list).toMatchObject({ type: 'list', style: 'ordered', start: 3 })
    expect(tasks).toMatchObject({ type: 'list', style: 'task', items: [{ checked: true }] })
    expect(table).toMatchObject({
      type: 'table',
      rows: [[{ header: true, colspan: 1 }], [{ header: false, colspan: 2 }]],
    })
    expect(quote).toMatchObject({ type: 'quote', blocks: [{ type: 'paragraph' }] })
    expect(rule).toEqual({ type: 'rule' })
  })

  it('puts « Contenu libre » before the rich text of a kind with fields, not of a page', () => {
    const doc = new Y.Doc()
    doc.getXmlFragment('body').insert(0, [paragraphOf(['Texte'])])
    expect(build(doc).bodyHeading).toBe('Contenu libre')
    expect(build(doc, 'page').bodyHeading).toBeNull()
    expect(build(new Y.Doc()).bodyHeading).toBeNull()
  })
})
