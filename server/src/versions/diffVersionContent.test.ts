import { describe, expect, it } from 'vitest'
import type { RichTextJson } from '@maillage/protocol'
import { diffVersionContent } from './diffVersionContent.ts'
import type { VersionContent } from './readVersionContent.ts'

function paragraph(text: string): RichTextJson {
  return { type: 'paragraph', content: [{ type: 'text', text }] }
}

function contentOf(options: {
  title?: string
  objet?: string
  acteurs?: { id: string; text: string }[]
  body: RichTextJson[]
}): VersionContent {
  const acteurs = options.acteurs ?? []
  return {
    title: options.title ?? 'Avis sur la mobilité',
    fields: [
      { name: 'objet', label: 'Objet', value: options.objet ?? '' },
      {
        name: 'acteurs',
        label: 'Acteurs',
        value: acteurs.map((item) => item.text).join('\n'),
        items: acteurs,
      },
    ],
    body: { type: 'doc', content: options.body },
  }
}

describe('diffVersionContent', () => {
  it('finds nothing between two equal contents', () => {
    const content = contentOf({ objet: 'Budget', body: [paragraph('Le comité valide.')] })
    const diff = diffVersionContent(content, content)
    expect(diff.identical).toBe(true)
    expect(diff.body).toEqual([
      {
        type: 'paragraph',
        status: 'unchanged',
        parts: [{ op: 'equal', text: 'Le comité valide.' }],
      },
    ])
  })

  it('marks the words replaced in a paragraph and in a field', () => {
    const before = contentOf({
      objet: 'Budget 2026',
      body: [paragraph('Introduction.'), paragraph('Le comité valide la proposition.')],
    })
    const after = contentOf({
      objet: 'Budget 2027',
      body: [paragraph('Introduction.'), paragraph('Le comité rejette la proposition.')],
    })
    const diff = diffVersionContent(before, after)
    expect(diff.identical).toBe(false)
    expect(diff.fields[0]).toMatchObject({ name: 'objet', label: 'Objet', status: 'changed' })
    expect(diff.fields[0]?.parts).toEqual([
      { op: 'equal', text: 'Budget ' },
      { op: 'delete', text: '2026' },
      { op: 'insert', text: '2027' },
    ])
    expect(diff.body[0]?.status).toBe('unchanged')
    expect(diff.body[1]).toMatchObject({ type: 'paragraph', status: 'changed' })
    expect(diff.body[1]?.parts).toContainEqual({ op: 'delete', text: 'valide' })
    expect(diff.body[1]?.parts).toContainEqual({ op: 'insert', text: 'rejette' })
  })

  it('shows blocks added and removed, headings with their level, list items one by one', () => {
    const before = contentOf({
      body: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Saisine' }] },
        paragraph('Paragraphe supprimé.'),
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [paragraph('Mobilité')] },
            { type: 'listItem', content: [paragraph('Logement')] },
          ],
        },
      ],
    })
    const after = contentOf({
      body: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Saisine' }] },
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [paragraph('Mobilité')] },
            { type: 'listItem', content: [paragraph('Logement')] },
            { type: 'listItem', content: [paragraph('Garde d’enfants')] },
          ],
        },
      ],
    })
    const diff = diffVersionContent(before, after)
    expect(diff.body.map((block) => [block.type, block.level, block.status])).toEqual([
      ['heading', 2, 'unchanged'],
      ['paragraph', undefined, 'removed'],
      ['listItem', undefined, 'unchanged'],
      ['listItem', undefined, 'unchanged'],
      ['listItem', undefined, 'added'],
    ])
    expect(diff.body[1]?.parts).toEqual([{ op: 'delete', text: 'Paragraphe supprimé.' }])
  })

  it('compares list fields item by item, paired by their ids', () => {
    const before = contentOf({
      acteurs: [
        { id: 'a', text: 'Nom : Mission locale' },
        { id: 'b', text: 'Nom : Cap emploi' },
      ],
      body: [],
    })
    const after = contentOf({
      acteurs: [
        { id: 'a', text: 'Nom : Mission locale de Lille' },
        { id: 'c', text: 'Nom : France Travail' },
      ],
      body: [],
    })
    const acteurs = diffVersionContent(before, after).fields[1]
    expect(acteurs?.status).toBe('changed')
    expect(acteurs?.items?.map((item) => item.status)).toEqual(['changed', 'removed', 'added'])
    expect(acteurs?.items?.[0]?.parts).toContainEqual({ op: 'insert', text: 'de Lille' })
  })
})
