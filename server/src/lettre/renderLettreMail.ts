import type { RichTextJson } from '@maillage/protocol'
import { withFrenchSpacing } from '@maillage/schema'
import { escapeHtml } from '../mail/escapeHtml.ts'
import type { MailFooter } from '../mail/MailDocument.ts'
import { oneLine, type RenderedMail } from '../mail/renderMail.ts'

/** What a numéro's mail shows above its content. */
export interface LettreMailInput {
  readonly title: string
  /** « Numéro 3 — 7 décembre 2026 ». */
  readonly subtitle: string
  /** The numéro's rich text. */
  readonly body: RichTextJson
  /** Path of its reading page in the app (`/lettre/<id>`). */
  readonly readingPath: string
}

// Same palette as every mail (`renderMail.ts`): text #1a1a1a, links #000091 on white (above 7:1).
const BODY_STYLE =
  'margin:0;padding:0;background:#ffffff;color:#1a1a1a;' +
  'font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5'
const LINK_STYLE = 'color:#000091;text-decoration:underline'
const FOOTER_STYLE =
  'border-top:1px solid #666666;margin-top:32px;padding-top:16px;font-size:14px;color:#3a3a3a'

/** A link's address made absolute; null for what a mail must not link (`javascript:`…). */
function hrefOf(node: RichTextJson, absolute: (path: string) => string): string | null {
  const mark = node.marks?.find((candidate) => candidate.type === 'link')
  const href = mark?.attrs?.['href']
  if (typeof href !== 'string') return null
  if (href.startsWith('/') && !href.startsWith('//')) return absolute(href)
  return /^https?:\/\//iu.test(href) ? href : null
}

function inlineHtml(nodes: readonly RichTextJson[], absolute: (path: string) => string): string {
  return nodes
    .map((node) => {
      if (node.type === 'hardBreak') return '<br>'
      if (node.type !== 'text') return inlineHtml(node.content ?? [], absolute)
      let html = escapeHtml(withFrenchSpacing(node.text ?? ''))
      const types = new Set(node.marks?.map((mark) => mark.type))
      if (types.has('bold')) html = `<strong>${html}</strong>`
      if (types.has('italic')) html = `<em>${html}</em>`
      const href = hrefOf(node, absolute)
      return href === null
        ? html
        : `<a href="${escapeHtml(href)}" style="${LINK_STYLE}">${html}</a>`
    })
    .join('')
}

function blockHtml(node: RichTextJson, absolute: (path: string) => string): string {
  const children = node.content ?? []
  switch (node.type) {
    case 'heading': {
      // The numéro's title is the mail's h1: its sections (h2) and sub-sections (h3) follow.
      const level = node.attrs?.['level'] === 3 ? 3 : 2
      const size = level === 2 ? 19 : 17
      return `<h${level} style="font-size:${size}px;margin:28px 0 8px">${inlineHtml(children, absolute)}</h${level}>`
    }
    case 'paragraph':
      return `<p style="margin:0 0 12px">${inlineHtml(children, absolute)}</p>`
    case 'bulletList':
    case 'orderedList': {
      const tag = node.type === 'bulletList' ? 'ul' : 'ol'
      const items = children.map((item) => `<li>${blocksHtml(item.content ?? [], absolute)}</li>`)
      return `<${tag} style="margin:0 0 12px;padding-left:24px">${items.join('')}</${tag}>`
    }
    case 'blockquote':
      return `<blockquote style="margin:0 0 12px 16px">${blocksHtml(children, absolute)}</blockquote>`
    default:
      // Tables and other blocks: their text in reading order, so nothing of the numéro is lost.
      return blocksHtml(children, absolute)
  }
}

function blocksHtml(nodes: readonly RichTextJson[], absolute: (path: string) => string): string {
  return nodes
    .map((node) =>
      node.type === 'text' || node.type === 'hardBreak'
        ? `<p style="margin:0 0 12px">${inlineHtml([node], absolute)}</p>`
        : blockHtml(node, absolute),
    )
    .join('\n')
}

function inlineText(nodes: readonly RichTextJson[], absolute: (path: string) => string): string {
  return nodes
    .map((node) => {
      if (node.type === 'hardBreak') return '\n'
      if (node.type !== 'text') return inlineText(node.content ?? [], absolute)
      const href = hrefOf(node, absolute)
      return href === null ? (node.text ?? '') : `${node.text ?? ''} (${href})`
    })
    .join('')
}

function blockText(
  node: RichTextJson,
  absolute: (path: string) => string,
  indent: string,
): string[] {
  const children = node.content ?? []
  switch (node.type) {
    case 'heading': {
      const title = inlineText(children, absolute)
      return [title, '-'.repeat(Math.min(title.length, 72)), '']
    }
    case 'paragraph':
      return [`${indent}${inlineText(children, absolute)}`, '']
    case 'bulletList':
    case 'orderedList':
      return children
        .flatMap((item, index) => {
          const bullet = node.type === 'bulletList' ? '•' : `${index + 1}.`
          const lines = (item.content ?? []).flatMap((block) => blockText(block, absolute, ''))
          const [first = '', ...rest] = lines.filter((line) => line !== '')
          return [`${indent}${bullet} ${first}`, ...rest.map((line) => `${indent}  ${line}`)]
        })
        .concat([''])
    default:
      return children.flatMap((child) =>
        child.type === 'text'
          ? [inlineText([child], absolute), '']
          : blockText(child, absolute, indent),
      )
  }
}

/**
 * The HTML and text parts of a numéro's mail: its title (h1), its content as written (h2 and h3
 * sections, paragraphs, lists, links made absolute, unsafe addresses dropped), a link to read it
 * in Maillage, and the footer (why, preferences, one-click unsubscribe). Every text is escaped.
 */
export function renderLettreMail(
  input: LettreMailInput,
  footer: MailFooter,
  absolute: (path: string) => string,
): RenderedMail {
  const subject = oneLine(input.title)
  const reading = absolute(input.readingPath)
  const blocks = input.body.content ?? []
  const html = [
    '<!DOCTYPE html>',
    '<html lang="fr">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title>`,
    '</head>',
    `<body style="${BODY_STYLE}">`,
    '<div style="max-width:600px;margin:0 auto;padding:24px 16px">',
    '<main>',
    `<p style="margin:0 0 16px;font-weight:bold;color:#000091">Maillage</p>`,
    `<h1 style="font-size:22px;line-height:1.3;margin:0 0 8px">${escapeHtml(withFrenchSpacing(input.title))}</h1>`,
    `<p style="margin:0 0 16px">${escapeHtml(withFrenchSpacing(input.subtitle))}</p>`,
    blocksHtml(blocks, absolute),
    `<p style="margin:24px 0"><a href="${escapeHtml(reading)}" style="${LINK_STYLE}">Lire ce numéro dans Maillage</a></p>`,
    '</main>',
    `<footer style="${FOOTER_STYLE}">`,
    `<p style="margin:0 0 12px">${escapeHtml(withFrenchSpacing(footer.reason))}</p>`,
    `<p style="margin:0 0 8px"><a href="${escapeHtml(footer.preferences.url)}" style="${LINK_STYLE}">${escapeHtml(footer.preferences.label)}</a></p>`,
    `<p style="margin:0 0 8px"><a href="${escapeHtml(footer.unsubscribe.url)}" style="${LINK_STYLE}">${escapeHtml(footer.unsubscribe.label)}</a></p>`,
    '</footer>',
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n')
  const text = [
    input.title,
    '='.repeat(Math.min(input.title.length, 72)),
    input.subtitle,
    '',
    ...blocks.flatMap((block) => blockText(block, absolute, '')),
    `Lire ce numéro dans Maillage : ${reading}`,
    '',
    // The signature separator mail clients recognise.
    '-- ',
    footer.reason,
    `${footer.preferences.label} : ${footer.preferences.url}`,
    `${footer.unsubscribe.label} : ${footer.unsubscribe.url}`,
    '',
  ].join('\n')
  return { subject, text, html }
}
