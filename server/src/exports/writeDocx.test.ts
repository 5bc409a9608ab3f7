import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ExportModel } from './ExportModel.ts'
import { writeDocx } from './writeDocx.ts'

const run = promisify(execFile)

const MODEL: ExportModel = {
  title: 'Plan mobilité',
  kindLabel: 'Fiche action',
  footer: 'CLPE Lens — exporté le 7 décembre 2026',
  sections: [
    {
      title: 'Acteurs et moyens',
      fields: [
        { type: 'value', label: 'Statut', paragraphs: ['En cours'] },
        {
          type: 'table',
          label: 'Acteurs',
          itemLabel: 'Acteur',
          columns: ['Nom', 'Rôle'],
          rows: [['France Travail', 'pilote']],
        },
      ],
    },
  ],
  bodyHeading: 'Contenu libre',
  body: [
    { type: 'heading', level: 3, content: [{ type: 'text', text: 'Objectifs', marks: {} }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'fort', marks: { bold: true } },
        { type: 'text', text: 'penché', marks: { italic: true } },
        { type: 'text', text: 'souligné', marks: { underline: true } },
        { type: 'text', text: 'barré', marks: { strike: true } },
        { type: 'text', text: 'surligné', marks: { highlight: true } },
        { type: 'text', text: 'lien', marks: { link: 'https://exemple.fr/' } },
      ],
    },
    {
      type: 'list',
      style: 'ordered',
      start: 1,
      items: [
        { blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'Un', marks: {} }] }] },
      ],
    },
    {
      type: 'list',
      style: 'task',
      start: 1,
      items: [
        {
          checked: true,
          blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'Fait', marks: {} }] }],
        },
      ],
    },
    { type: 'rule' },
  ],
}

/** The parts of a DOCX (a zip) as text, read with `unzip`. */
async function partsOf(
  bytes: Uint8Array,
  directory: string,
): Promise<(part: string) => Promise<string>> {
  const file = join(directory, `${Math.random().toString(36).slice(2)}.docx`)
  await writeFile(file, bytes)
  return async (part) => (await run('unzip', ['-p', file, part])).stdout
}

describe('writeDocx', () => {
  let directory: string
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'maillage-docx-test-'))
  })
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true })
  })

  it('writes the title, the labelled fields, the headings, marks, lists and links of the text', async () => {
    const part = await partsOf(await writeDocx([MODEL]), directory)
    const document = await part('word/document.xml')
    expect(document).toMatch(/<w:pStyle w:val="Title"\/>.*Plan mobilité/su)
    expect(document).toMatch(/<w:pStyle w:val="Heading1"\/>.*Acteurs et moyens/su)
    expect(document).toMatch(/<w:pStyle w:val="Heading3"\/>.*Objectifs/su)
    expect(document).toMatch(/<w:b\/>.*Statut.*\u00a0: En cours/su)
    expect(document).toMatch(/<w:tblHeader\/>.*Nom.*Rôle.*France Travail.*pilote/su)
    expect(document).toMatch(/<w:b\/>.*fort.*<w:i\/>.*penché.*<w:u w:val="single"\/>.*souligné/su)
    expect(document).toMatch(/<w:strike\/>.*barré.*<w:highlight w:val="yellow"\/>.*surligné/su)
    expect(document).toMatch(/<w:hyperlink [^>]*r:id="[\w-]+">.*lien/su)
    expect(document).toMatch(/<w:numPr>.*Un/su)
    expect(document).toContain('☒ ')
    expect(await part('word/_rels/document.xml.rels')).toContain('Target="https://exemple.fr/"')
    expect(await part('word/styles.xml')).toContain('w:val="fr-FR"')
  })

  it('puts the space, the day and the page numbers in the footer of every page', async () => {
    const part = await partsOf(await writeDocx([MODEL]), directory)
    const footer = await part('word/footer1.xml')
    expect(footer).toContain('CLPE Lens — exporté le 7 décembre 2026 — page ')
    expect(footer).toContain('PAGE')
    expect(footer).toContain('NUMPAGES')
  })

  it('starts each document of a dossier on a section of its own, with its footer', async () => {
    const part = await partsOf(
      await writeDocx([MODEL, { ...MODEL, title: 'Seconde fiche', footer: 'CLPE Lens — bis' }]),
      directory,
    )
    const document = await part('word/document.xml')
    expect(document.match(/<w:sectPr/gu)).toHaveLength(2)
    expect(document.indexOf('Plan mobilité')).toBeLessThan(document.indexOf('Seconde fiche'))
    expect(await part('word/footer2.xml')).toContain('CLPE Lens — bis')
  })
})
