import { describe, expect, it } from 'vitest'
import type { ExportModel } from './ExportModel.ts'
import { writeMarkdown } from './writeMarkdown.ts'

const MODEL: ExportModel = {
  title: 'Plan *mobilité*',
  kindLabel: 'Fiche action',
  footer: 'CLPE Lens — exporté le 7 décembre 2026',
  sections: [
    {
      title: 'Cadre',
      fields: [
        { type: 'value', label: 'Statut', paragraphs: ['En cours'] },
        { type: 'value', label: 'Description', paragraphs: ['1. Premier', 'Suite | fin'] },
        {
          type: 'table',
          label: 'Acteurs',
          itemLabel: 'Acteur',
          columns: ['Nom', 'Rôle'],
          rows: [['France Travail', 'pilote | appui']],
        },
        {
          type: 'table',
          label: 'Indicateurs',
          itemLabel: 'Indicateur',
          columns: ['A', 'B', 'C', 'D', 'E'],
          rows: [['1', '2', '3', '4', '5']],
        },
      ],
    },
  ],
  bodyHeading: 'Contenu libre',
  body: [
    { type: 'heading', level: 2, content: [{ type: 'text', text: 'Objectifs', marks: {} }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Un ', marks: {} },
        { type: 'text', text: 'mot fort ', marks: { bold: true, italic: true } },
        { type: 'text', text: 'lien', marks: { link: 'https://exemple.fr/a b' } },
        { type: 'break' },
        { type: 'text', text: 'barré', marks: { strike: true, underline: true } },
      ],
    },
    {
      type: 'list',
      style: 'ordered',
      start: 1,
      items: [
        {
          blocks: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Un', marks: {} }] },
            {
              type: 'list',
              style: 'task',
              start: 1,
              items: [
                {
                  checked: true,
                  blocks: [
                    { type: 'paragraph', content: [{ type: 'text', text: 'Fait', marks: {} }] },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    {
      type: 'table',
      rows: [
        [
          {
            header: true,
            colspan: 1,
            blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'H', marks: {} }] }],
          },
          { header: true, colspan: 1, blocks: [] },
        ],
        [
          {
            header: false,
            colspan: 2,
            blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'large', marks: {} }] }],
          },
        ],
      ],
    },
    {
      type: 'quote',
      blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'Cité', marks: {} }] }],
    },
    { type: 'rule' },
  ],
}

describe('writeMarkdown', () => {
  it('writes the export as GitHub Flavored Markdown', () => {
    expect(writeMarkdown([MODEL])).toBe(
      [
        '# Plan \\*mobilité\\*',
        '*Fiche action*',
        '## Cadre',
        '**Statut**\u00a0: En cours',
        '**Description**',
        '1\\. Premier',
        'Suite \\| fin',
        '**Acteurs**',
        '| Nom | Rôle |\n| --- | --- |\n| France Travail | pilote \\| appui |',
        '**Indicateurs**',
        '*Indicateur 1*',
        '- **A**\u00a0: 1\n- **B**\u00a0: 2\n- **C**\u00a0: 3\n- **D**\u00a0: 4\n- **E**\u00a0: 5',
        '## Contenu libre',
        '## Objectifs',
        'Un ***mot fort*** [lien](<https://exemple.fr/a%20b>)\\\n<u>~~barré~~</u>',
        '1. Un\n   - [x] Fait',
        '| H |  |\n| --- | --- |\n| large |  |',
        '> Cité',
        '* * *',
        '* * *',
        '*CLPE Lens — exporté le 7 décembre 2026*',
      ].join('\n\n') + '\n',
    )
  })

  it('writes the documents of a dossier one after the other', () => {
    const second: ExportModel = {
      ...MODEL,
      title: 'Seconde',
      sections: [],
      bodyHeading: null,
      body: [],
    }
    const markdown = writeMarkdown([MODEL, second])
    expect(markdown.indexOf('# Plan')).toBeLessThan(markdown.indexOf('# Seconde'))
    expect(markdown.match(/exporté le/gu)).toHaveLength(2)
  })
})
