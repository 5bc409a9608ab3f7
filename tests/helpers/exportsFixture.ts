import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import * as Y from 'yjs'
import { ARTIFACTS_DIR } from './saveScreenshot.ts'
import { kindDefinition, type DocumentKind, type FieldDefinition } from '@maillage/schema'

const run = promisify(execFile)

type Mark = 'bold' | 'italic' | 'underline' | 'strike' | 'highlight'
interface Run {
  readonly text: string
  readonly marks?: readonly Mark[]
  readonly href?: string
}
type Inline = string | Run

function paragraph(...content: Inline[]): Y.XmlElement {
  const element = new Y.XmlElement('paragraph')
  const text = new Y.XmlText()
  let index = 0
  for (const part of content) {
    const run: Run = typeof part === 'string' ? { text: part } : part
    const attributes: Record<string, object> = {}
    for (const mark of run.marks ?? []) attributes[mark] = {}
    if (run.href !== undefined) attributes.link = { href: run.href }
    text.insert(index, run.text, attributes)
    index += run.text.length
  }
  element.insert(0, [text])
  return element
}

function element(
  name: string,
  children: Y.XmlElement[],
  attributes: Record<string, string | number | boolean> = {},
): Y.XmlElement {
  const node = new Y.XmlElement(name)
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value as string)
  node.insert(0, children)
  return node
}

function heading(level: number, text: string): Y.XmlElement {
  const node = element('heading', [], { level })
  node.insert(0, [new Y.XmlText(text)])
  return node
}

/**
 * Every block type the editor offers, as the web app's editor writes them into `body`: headings
 * 2–4, nested bullet, ordered and task lists, a table with a header row, a link, bold, italic,
 * underline, strike and highlight, a quote and a separator; with the texts in reading order.
 */
export function writeEveryBlock(body: Y.XmlFragment): { texts: string[] } {
  body.insert(body.length, [
    heading(2, 'Objectifs du corps'),
    paragraph(
      'Texte ',
      { text: 'gras', marks: ['bold'] },
      ' puis ',
      { text: 'italique', marks: ['italic'] },
      ', ',
      { text: 'souligné', marks: ['underline'] },
      ', ',
      { text: 'barré', marks: ['strike'] },
      ', ',
      { text: 'surligné', marks: ['highlight'] },
      ' et ',
      { text: 'un lien', href: 'https://www.francetravail.fr/' },
      ' ; fin du paragraphe !',
    ),
    heading(3, 'Étapes du corps'),
    element('bulletList', [
      element('listItem', [
        paragraph('Puce un'),
        element('orderedList', [
          element('listItem', [paragraph('Numéro imbriqué un')]),
          element('listItem', [paragraph('Numéro imbriqué deux')]),
        ]),
      ]),
      element('listItem', [paragraph('Puce deux')]),
    ]),
    element('orderedList', [
      element('listItem', [
        paragraph('Premier numéro'),
        element('bulletList', [element('listItem', [paragraph('Puce dans numéro')])]),
      ]),
      element('listItem', [paragraph('Second numéro')]),
    ]),
    heading(4, 'Tâches du corps'),
    element('taskList', [
      element('taskItem', [paragraph('Tâche faite')], { checked: true }),
      element(
        'taskItem',
        [
          paragraph('Tâche à faire'),
          element('taskList', [element('taskItem', [paragraph('Sous-tâche')], { checked: false })]),
        ],
        { checked: false },
      ),
    ]),
    element('table', [
      element('tableRow', [
        element('tableHeader', [paragraph('Indicateur')]),
        element('tableHeader', [paragraph('Cible')]),
      ]),
      element('tableRow', [
        element('tableCell', [paragraph('Entrées en formation')]),
        element('tableCell', [paragraph('30 en juin')]),
      ]),
    ]),
    element('blockquote', [paragraph('Citation du comité')]),
    element('horizontalRule', []),
    paragraph('Dernier paragraphe du corps'),
  ])
  return {
    texts: [
      'Objectifs du corps',
      'Texte gras puis italique, souligné, barré, surligné et un lien',
      'fin du paragraphe',
      'Étapes du corps',
      'Puce un',
      'Numéro imbriqué un',
      'Numéro imbriqué deux',
      'Puce deux',
      'Premier numéro',
      'Puce dans numéro',
      'Second numéro',
      'Tâches du corps',
      'Tâche faite',
      'Tâche à faire',
      'Sous-tâche',
      'Indicateur',
      'Cible',
      'Entrées en formation',
      '30 en juin',
      'Citation du comité',
      'Dernier paragraphe du corps',
    ],
  }
}

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
]

/**
 * Fills every field of a document of `kind` as the web app would (Y.Text for prose, a Y.Map for a
 * multi-choice, one item per list), each with a value of its own, and answers the texts an export
 * must show for them, in field order (labels and values). `linkTo`: a document the link fields name.
 */
export function fillEveryField(
  fields: Y.Map<unknown>,
  kind: DocumentKind,
  linkTo: { id: string; title: string },
): string[] {
  const expected: string[] = []
  let counter = 0
  const write = (
    field: FieldDefinition,
    target: Y.Map<unknown>,
    inList: boolean,
  ): string | null => {
    counter += 1
    switch (field.type) {
      case 'text': {
        const value = `Valeur ${counter} de ${field.name}`
        target.set(field.name, new Y.Text(value))
        return value
      }
      case 'choice': {
        const option = field.options[counter % field.options.length] ?? field.options[0]
        if (option === undefined) return null
        target.set(field.name, option.value)
        return option.label
      }
      case 'multi-choice': {
        const chosen = field.options.slice(0, 2)
        const map = new Y.Map<unknown>()
        for (const option of chosen) map.set(option.value, true)
        target.set(field.name, map)
        return chosen.map((option) => option.label).join(', ')
      }
      case 'date': {
        const day = (counter % 27) + 1
        target.set(field.name, `2026-09-${String(day).padStart(2, '0')}`)
        return `${day === 1 ? '1er' : day} ${MONTHS[8]} 2026`
      }
      case 'time':
        target.set(field.name, '14:30')
        return '14 h 30'
      case 'number': {
        const value =
          field.max === undefined ? 40 + counter : Math.min(field.max, (field.min ?? 0) + 3)
        target.set(field.name, value)
        return field.unit === undefined ? String(value) : `${value} ${field.unit}`
      }
      case 'document-link':
        target.set(field.name, linkTo.id)
        return linkTo.title
      case 'list': {
        if (inList) return null
        const list = new Y.Array<Y.Map<unknown>>()
        target.set(field.name, list)
        const item = new Y.Map<unknown>()
        item.set('id', `item-${counter}`)
        item.set('order', 1)
        list.push([item])
        const cells = field.fields.map((itemField) => write(itemField, item, true))
        // Beyond 4 columns an export writes each item apart, one line per field.
        if (field.fields.length > 4) {
          return [
            `${field.itemLabel} 1`,
            ...field.fields.flatMap((itemField, index) => [itemField.label, cells[index] ?? '']),
          ]
            .filter((text) => text !== '')
            .join('\n')
        }
        return [
          ...field.fields.map((itemField) => itemField.label),
          ...cells.filter((cell): cell is string => cell !== null),
        ].join('\n')
      }
      default:
        return null
    }
  }
  for (const section of kindDefinition(kind).sections) {
    expected.push(section.title)
    for (const field of section.fields) {
      if (field.type !== 'list') expected.push(field.label)
      const value = write(field, fields, false)
      if (value !== null) {
        if (field.type === 'list') expected.push(field.label)
        expected.push(...value.split('\n'))
      }
    }
  }
  return expected
}

/** The text of an exported file as read back by pandoc (md, docx, odt) or pdftotext (pdf). */
export async function exportedText(
  bytes: Uint8Array,
  format: 'md' | 'docx' | 'odt' | 'pdf',
): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'maillage-export-test-'))
  try {
    const file = join(directory, `export.${format}`)
    await writeFile(file, bytes)
    if (format === 'pdf') {
      // -raw: in the order LibreOffice drew the text, so a table reads row by row.
      return (await run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'])).stdout
    }
    if (format === 'odt') {
      // LibreOffice rather than pandoc, whose ODT reader (2.17) drops a table's header rows.
      await run('soffice', [
        `-env:UserInstallation=file://${join(directory, 'profile')}`,
        '--headless',
        '--convert-to',
        'txt:Text (encoded):UTF8',
        '--outdir',
        directory,
        file,
      ])
      return await readFile(join(directory, 'export.txt'), 'utf8')
    }
    // --standalone: the title of a DOCX (its Title paragraph) is pandoc metadata, shown first.
    const { stdout } = await run(
      'pandoc',
      [
        '--standalone',
        '-f',
        format === 'md' ? 'gfm' : format,
        '-t',
        'plain-strikeout',
        '--wrap=none',
        '--columns=400',
        file,
      ],
      { maxBuffer: 64 * 1024 * 1024 },
    )
    return stdout
  } finally {
    await rm(directory, { recursive: true, force: true })
  }
}

/**
 * The text of the page footer of a DOCX or ODT file (which pandoc and LibreOffice's text export
 * leave out): the XML of its footer part (`word/footer*.xml`, or the master page of ODT's
 * `styles.xml`) read with `unzip`, tags removed.
 */
export async function footerText(bytes: Uint8Array, format: 'docx' | 'odt'): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'maillage-export-test-'))
  try {
    const file = join(directory, `export.${format}`)
    await writeFile(file, bytes)
    const part = format === 'docx' ? 'word/footer*.xml' : 'styles.xml'
    const { stdout } = await run('unzip', ['-p', file, part], { maxBuffer: 16 * 1024 * 1024 })
    const xml =
      format === 'docx' ? stdout : (/<style:footer>.*?<\/style:footer>/su.exec(stdout)?.[0] ?? '')
    return xml.replace(/<[^>]+>/gu, ' ')
  } finally {
    await rm(directory, { recursive: true, force: true })
  }
}

/**
 * Renders each page of a PDF to `<prefix>-<page>.png` with pdftoppm (in `tests/e2e/artifacts/`,
 * git-ignored, for a person to look at) and answers the number of pages pdfinfo counts and the
 * PNG files written.
 */
export async function renderPdfPages(
  bytes: Uint8Array,
  prefix: string,
): Promise<{ pages: number; images: string[] }> {
  await mkdir(ARTIFACTS_DIR, { recursive: true })
  const directory = await mkdtemp(join(tmpdir(), 'maillage-export-test-'))
  try {
    const file = join(directory, 'export.pdf')
    await writeFile(file, bytes)
    const info = (await run('pdfinfo', [file])).stdout
    const pages = Number(/^Pages:\s+(\d+)$/mu.exec(info)?.[1] ?? 0)
    await run('pdftoppm', ['-r', '50', '-png', file, join(ARTIFACTS_DIR, prefix)])
    const images = (await readdir(ARTIFACTS_DIR))
      .filter((name) => name.startsWith(`${prefix}-`) && name.endsWith('.png'))
      .map((name) => join(ARTIFACTS_DIR, name))
    return { pages, images }
  } finally {
    await rm(directory, { recursive: true, force: true })
  }
}

/** Pandoc's JSON AST of a Markdown (GFM) text. */
export async function markdownAst(markdown: string): Promise<PandocAst> {
  const directory = await mkdtemp(join(tmpdir(), 'maillage-export-test-'))
  try {
    const file = join(directory, 'export.md')
    await writeFile(file, markdown)
    const { stdout } = await run('pandoc', ['-f', 'gfm', '-t', 'json', file])
    return JSON.parse(stdout) as PandocAst
  } finally {
    await rm(directory, { recursive: true, force: true })
  }
}

/** A node of pandoc's JSON AST. */
export interface PandocNode {
  readonly t: string
  readonly c?: unknown
}

/** Pandoc's JSON AST of a document. */
export interface PandocAst {
  readonly blocks: readonly PandocNode[]
}

/**
 * Checks that `text` (whitespace of any kind counting as one space) contains each of `expected`
 * in order; answers the first missing one and what followed the last found, or null.
 */
export function missingInOrder(text: string, expected: readonly string[]): string | null {
  const flat = text.replace(/\s+/gu, ' ')
  let from = 0
  for (const wanted of expected) {
    const at = flat.indexOf(wanted.replace(/\s+/gu, ' '), from)
    if (at === -1) return `« ${wanted} » after: ${flat.slice(from, from + 200)}`
    from = at + wanted.length
  }
  return null
}
