import { XMLParser } from 'fast-xml-parser'
import { AppError, ErrorCode } from '../errors/AppError.ts'

/** One entry of an external feed, as read (each field may be missing or odd). */
export interface FeedEntry {
  readonly title: string
  readonly link: string
  /** The date as written (RFC 822 in RSS, RFC 3339 in Atom). */
  readonly date: string
  /** Plain text: markup removed. */
  readonly summary: string
  /** The entry's own source, if it names one. */
  readonly source: string
}

/** An external RSS 2.0 or Atom 1.0 feed: its title and entries, in the feed's order. */
export interface ParsedFeed {
  readonly format: 'rss' | 'atom'
  readonly title: string
  readonly entries: readonly FeedEntry[]
}

// Entities are left as written and decoded below (only XML's five and numeric references), and a
// DOCTYPE is refused: no entity of the feed's own is ever expanded (billion laughs, XXE).
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  processEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ['item', 'entry', 'link'].includes(name),
})

/**
 * Reads an RSS 2.0 or Atom 1.0 document. Throws `VEILLE_FEED_INVALID` for text that is not one
 * (not XML, a DOCTYPE, another root element).
 */
export function parseVeilleFeed(text: string): ParsedFeed {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    throw invalid('il contient une déclaration DOCTYPE, refusée par sécurité')
  }
  let document: unknown
  try {
    document = parser.parse(text)
  } catch (error) {
    throw invalid('ce n’est pas du XML bien formé', error)
  }
  const rss = field(field(document, 'rss'), 'channel')
  if (isObject(rss)) {
    return {
      format: 'rss',
      title: textOf(field(rss, 'title')),
      entries: listOf(field(rss, 'item')).map(readRssItem),
    }
  }
  const atom = field(document, 'feed')
  if (isObject(atom)) {
    return {
      format: 'atom',
      title: textOf(field(atom, 'title')),
      entries: listOf(field(atom, 'entry')).map(readAtomEntry),
    }
  }
  throw invalid('ce n’est ni un flux RSS 2.0 ni un flux Atom')
}

function readRssItem(item: unknown): FeedEntry {
  const [link] = listOf(field(item, 'link')).map(textOf)
  return {
    title: textOf(field(item, 'title')),
    link: link ?? '',
    date: textOf(field(item, 'pubDate')) || textOf(field(item, 'dc:date')),
    summary: plainText(textOf(field(item, 'description'))),
    source: textOf(field(item, 'source')),
  }
}

function readAtomEntry(entry: unknown): FeedEntry {
  const links = listOf(field(entry, 'link'))
  // RFC 4287 § 4.2.7.2: a link without rel is an alternate, the page the entry is about.
  const alternate =
    links.find((link) => {
      const rel = field(link, '@_rel')
      return rel === undefined || rel === 'alternate'
    }) ?? links[0]
  const summary = textOf(field(entry, 'summary')) || textOf(field(entry, 'content'))
  return {
    title: textOf(field(entry, 'title')),
    link: textOf(field(alternate, '@_href')),
    date: textOf(field(entry, 'published')) || textOf(field(entry, 'updated')),
    summary: plainText(summary),
    source: textOf(field(field(entry, 'source'), 'title')),
  }
}

function field(value: unknown, name: string): unknown {
  return isObject(value) ? value[name] : undefined
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function listOf(value: unknown): unknown[] {
  if (value === undefined) return []
  return Array.isArray(value) ? value : [value]
}

/** The text of an element (with attributes, in `#text`), decoded and on one line. */
function textOf(value: unknown): string {
  const raw =
    typeof value === 'string'
      ? value
      : typeof value === 'number'
        ? String(value)
        : field(value, '#text')
  return typeof raw === 'string'
    ? decodeEntities(raw)
        .replace(/[ \t\r\n]+/g, ' ')
        .trim()
    : ''
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
}

/** XML's five entities, `&nbsp;` (frequent in escaped HTML) and numeric references. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole
  })
}

/** The text of an HTML summary: tags removed, entities decoded, spaces collapsed. */
function plainText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ' '))
    .replace(/[ \t\r\n]+/g, ' ')
    .trim()
}

function invalid(reason: string, cause?: unknown): AppError {
  return new AppError(
    ErrorCode.VeilleFeedInvalid,
    `Ce flux ne peut pas être lu : ${reason}.`,
    cause === undefined ? {} : { cause },
  )
}
