import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx'
import type {
  ExportBlock,
  ExportField,
  ExportInline,
  ExportListItem,
  ExportModel,
} from './ExportModel.ts'
import { MAX_TABLE_COLUMNS } from './ExportModel.ts'

// Written with the `docx` library (Office Open XML). LibreOffice converts this same file to ODT
// and PDF (`OfficeConverter`), so the three share one layout: footer, headings, lists, tables.

const ORDERED = 'liste-numerotee'
const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const
/** Indentation of one list level, in twentieths of a point (half an inch). */
const LEVEL_INDENT = 720
const MONO_FONT = 'Liberation Mono'

/** Numbers each ordered list from 1 on its own (`instance`), whatever came before. */
interface WriteState {
  nextList: number
}

function runsOf(content: readonly ExportInline[]): ParagraphChild[] {
  return content.map((inline): ParagraphChild => {
    if (inline.type === 'break') return textRun({ break: 1 })
    const { marks } = inline
    const run = textRun({
      text: inline.text,
      bold: marks.bold,
      italics: marks.italic,
      underline: marks.underline === true ? {} : undefined,
      strike: marks.strike,
      highlight: marks.highlight === true ? 'yellow' : undefined,
      font: marks.code === true ? MONO_FONT : undefined,
      style: marks.link === undefined ? undefined : 'Hyperlink',
    })
    return marks.link === undefined
      ? run
      : new ExternalHyperlink({ link: marks.link, children: [run] })
  })
}

type Block = Paragraph | Table

// Typed apart: given as an object literal to the constructor, which also takes a string, the
// options' `bold`, `italics` and `strike` are mistaken for String.prototype's deprecated methods.
function textRun(options: IRunOptions): TextRun {
  return new TextRun(options)
}

function listBlocks(
  block: Extract<ExportBlock, { type: 'list' }>,
  level: number,
  state: WriteState,
): Block[] {
  const instance = (state.nextList += 1)
  return block.items.flatMap((item: ExportListItem) => {
    const [first, ...rest] = item.blocks
    const marker: IParagraphOptions =
      block.style === 'bullet'
        ? { bullet: { level } }
        : block.style === 'ordered'
          ? { numbering: { reference: ORDERED, level, instance } }
          : { indent: { left: LEVEL_INDENT * (level + 1), hanging: 360 } }
    const prefix = block.style === 'task' ? [new TextRun(item.checked === true ? '☒ ' : '☐ ')] : []
    const head =
      first?.type === 'paragraph'
        ? [new Paragraph({ ...marker, children: [...prefix, ...runsOf(first.content)] })]
        : [
            new Paragraph({ ...marker, children: prefix }),
            ...(first === undefined ? [] : blockBlocks(first, level + 1, state)),
          ]
    return [...head, ...rest.flatMap((nested) => blockBlocks(nested, level + 1, state))]
  })
}

function indentOf(level: number): IParagraphOptions {
  return level === 0 ? {} : { indent: { left: LEVEL_INDENT * level } }
}

function tableOf(rows: readonly (readonly Block[][])[], header: (row: number) => boolean): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (cells, index) =>
        new TableRow({
          // Only on header rows: pandoc (2.17) reads `w:tblHeader w:val="off"` as a header row.
          ...(header(index) ? { tableHeader: true } : {}),
          children: cells.map(
            (children) =>
              new TableCell({ children: children.length === 0 ? [new Paragraph('')] : children }),
          ),
        }),
    ),
  })
}

function blockBlocks(block: ExportBlock, level: number, state: WriteState): Block[] {
  switch (block.type) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADINGS[Math.min(5, Math.max(0, block.level - 1))],
          children: runsOf(block.content),
        }),
      ]
    case 'paragraph':
      return [new Paragraph({ ...indentOf(level), children: runsOf(block.content) })]
    case 'list':
      return listBlocks(block, level, state)
    case 'table': {
      const table = new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: block.rows.map(
          (cells) =>
            new TableRow({
              ...(cells.every((cell) => cell.header) ? { tableHeader: true } : {}),
              children: cells.map((cell) => {
                const blocks = cell.header ? cell.blocks.map(inBold) : cell.blocks
                const children = blocks.flatMap((nested) => blockBlocks(nested, 0, state))
                return new TableCell({
                  columnSpan: cell.colspan,
                  children: children.length === 0 ? [new Paragraph('')] : children,
                })
              }),
            }),
        ),
      })
      // An empty paragraph after it: what follows would otherwise touch its bottom border.
      return [table, new Paragraph('')]
    }
    case 'quote':
      return block.blocks.flatMap((nested) =>
        nested.type === 'paragraph'
          ? [quotedParagraph(nested.content, level)]
          : blockBlocks(nested, level + 1, state),
      )
    case 'rule':
      return [new Paragraph({ thematicBreak: true, children: [] })]
    case 'code':
      return block.text.split('\n').map(
        (line) =>
          new Paragraph({
            ...indentOf(level),
            children: [textRun({ text: line, font: MONO_FONT })],
          }),
      )
    default: {
      const never: never = block
      throw new Error(`unknown block ${JSON.stringify(never)}`)
    }
  }
}

/** A header cell's paragraph in bold, as the editor shows it (other blocks as they are). */
function inBold(block: ExportBlock): ExportBlock {
  if (block.type !== 'paragraph') return block
  return {
    type: 'paragraph',
    content: block.content.map((inline) =>
      inline.type === 'text' ? { ...inline, marks: { ...inline.marks, bold: true } } : inline,
    ),
  }
}

/** A paragraph of a quotation: indented, with a rule on its left. */
function quotedParagraph(content: readonly ExportInline[], level: number): Paragraph {
  return new Paragraph({
    indent: { left: LEVEL_INDENT * (level + 1) },
    border: { left: { style: BorderStyle.SINGLE, size: 12, color: '8A8A8A', space: 12 } },
    children: runsOf(content),
  })
}

function fieldBlocks(field: ExportField): Block[] {
  const label = textRun({ text: field.label, bold: true })
  if (field.type === 'value') {
    const [first = '', ...rest] = field.paragraphs
    if (rest.length === 0) {
      return [new Paragraph({ children: [label, new TextRun(`\u00a0: ${first}`)] })]
    }
    return [
      new Paragraph({ keepNext: true, children: [label] }),
      ...field.paragraphs.map((paragraph) => new Paragraph(paragraph)),
    ]
  }
  if (field.rows.length === 0) {
    return [new Paragraph({ children: [label, new TextRun('\u00a0: aucun élément')] })]
  }
  if (field.columns.length > MAX_TABLE_COLUMNS) return itemByItemBlocks(field)
  const header = field.columns.map((column) => [
    new Paragraph({ children: [textRun({ text: column, bold: true })] }),
  ])
  const rows = field.rows.map((row) => row.map((cell) => [new Paragraph(cell)]))
  return [
    new Paragraph({ keepNext: true, children: [label] }),
    tableOf([header, ...rows], (index) => index === 0),
    new Paragraph(''),
  ]
}

/** A wide list field: each item numbered, then a table of its fields, one per row. */
function itemByItemBlocks(field: Extract<ExportField, { type: 'table' }>): Block[] {
  const blocks: Block[] = [
    new Paragraph({ keepNext: true, children: [textRun({ text: field.label, bold: true })] }),
  ]
  field.rows.forEach((row, index) => {
    blocks.push(
      new Paragraph({
        keepNext: true,
        children: [textRun({ text: `${field.itemLabel} ${index + 1}`, italics: true })],
      }),
      tableOf(
        field.columns.map((column, columnIndex) => [
          [new Paragraph({ children: [textRun({ text: column, bold: true })] })],
          [new Paragraph(row[columnIndex] ?? '')],
        ]),
        () => false,
      ),
      new Paragraph(''),
    )
  })
  return blocks
}

function footerOf(text: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun(`${text} — page `),
          textRun({ children: [PageNumber.CURRENT] }),
          new TextRun(' sur '),
          textRun({ children: [PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  })
}

function sectionChildren(model: ExportModel, state: WriteState): Block[] {
  const children: Block[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(model.title)] }),
    new Paragraph({ children: [textRun({ text: model.kindLabel, italics: true })] }),
  ]
  for (const section of model.sections) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.title)] }),
      ...section.fields.flatMap(fieldBlocks),
    )
  }
  if (model.bodyHeading !== null) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        children: [new TextRun(model.bodyHeading)],
      }),
    )
  }
  children.push(...model.body.flatMap((block) => blockBlocks(block, 0, state)))
  return children
}

/**
 * The exports of one or more documents (a dossier: a feuille de route then its fiches) as one DOCX
 * file, each document from a new page with its footer: its title, its kind, each section of
 * fields (level 1 headings below the title) with labelled values and list fields as tables, the
 * rich text with its headings, lists, tables, links and emphasis; the page number in the footer.
 */
export async function writeDocx(models: readonly ExportModel[]): Promise<Uint8Array> {
  const state: WriteState = { nextList: 0 }
  const [first] = models
  const document = new Document({
    title: first?.title ?? '',
    description: first?.footer ?? '',
    styles: {
      default: {
        document: {
          run: { language: { value: 'fr-FR' }, font: 'Liberation Sans', size: 21 },
          // Six points after each paragraph: labelled fields stay apart without empty lines.
          paragraph: { spacing: { after: 120 } },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: LEVEL_INDENT * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: models.map((model) => ({
      footers: { default: footerOf(model.footer) },
      children: sectionChildren(model, state),
    })),
  })
  return new Uint8Array(await Packer.toBuffer(document))
}
