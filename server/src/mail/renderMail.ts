import { withFrenchSpacing } from '@maillage/schema'
import { escapeHtml } from './escapeHtml.ts'
import type { MailDocument, MailItem, MailLink } from './MailDocument.ts'

/** The two parts of a mail and its subject, as the outbox keeps them. */
export interface RenderedMail {
  readonly subject: string
  readonly text: string
  readonly html: string
}

// Colours: text #1a1a1a, links and button #000091 on white (contrast above 7:1, AAA), footer text
// #3a3a3a (above 10:1). No image, no table: one column that reads the same in any client.
const BODY_STYLE =
  'margin:0;padding:0;background:#ffffff;color:#1a1a1a;' +
  'font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5'
const LINK_STYLE = 'color:#000091;text-decoration:underline'
const BUTTON_STYLE =
  'display:inline-block;background:#000091;color:#ffffff;padding:12px 20px;' +
  'text-decoration:underline;font-weight:bold'
const FOOTER_STYLE =
  'border-top:1px solid #666666;margin-top:32px;padding-top:16px;font-size:14px;color:#3a3a3a'

/** The subject on one line (a header), without runs of spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * The accessible HTML part (`lang="fr"`, headings in order, links named by their text) and the
 * plain-text part of `document`, in French, every piece of text escaped.
 */
export function renderMail(document: MailDocument): RenderedMail {
  const subject = oneLine(document.subject)
  return { subject, text: renderText(document), html: renderHtml(subject, document) }
}

/** A piece of French text (never an address) with its no-break spaces, escaped for HTML. */
function prose(text: string): string {
  return escapeHtml(withFrenchSpacing(text))
}

function renderHtml(subject: string, document: MailDocument): string {
  const body = [
    `<p style="margin:0 0 16px;font-weight:bold;color:#000091">Maillage</p>`,
    `<h1 style="font-size:22px;line-height:1.3;margin:0 0 16px">${prose(document.heading)}</h1>`,
    ...document.paragraphs.map(htmlParagraph),
    ...(document.action === undefined ? [] : [htmlButton(document.action)]),
    ...document.sections.flatMap((section) => [
      `<h2 style="font-size:19px;margin:32px 0 8px">${prose(section.title)}</h2>`,
      ...section.items.flatMap(htmlItem),
    ]),
  ]
  const footer = document.footer
  return [
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
    ...body,
    '</main>',
    `<footer style="${FOOTER_STYLE}">`,
    htmlParagraph(footer.reason),
    `<p style="margin:0 0 8px">${htmlLink(footer.preferences)}</p>`,
    `<p style="margin:0 0 8px">${htmlLink(footer.unsubscribe)}</p>`,
    '</footer>',
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

function htmlItem(item: MailItem): string[] {
  return [
    `<h3 style="font-size:17px;margin:20px 0 4px">${prose(item.heading)}</h3>`,
    ...item.paragraphs.map(htmlParagraph),
    ...(item.action === undefined
      ? []
      : [`<p style="margin:0 0 12px">${htmlLink(item.action)}</p>`]),
  ]
}

function htmlParagraph(text: string): string {
  return `<p style="margin:0 0 12px">${prose(text)}</p>`
}

function htmlLink(link: MailLink): string {
  return `<a href="${escapeHtml(link.url)}" style="${LINK_STYLE}">${prose(link.label)}</a>`
}

function htmlButton(link: MailLink): string {
  return (
    `<p style="margin:24px 0">` +
    `<a href="${escapeHtml(link.url)}" style="${BUTTON_STYLE}">${prose(link.label)}</a></p>`
  )
}

function renderText(document: MailDocument): string {
  const lines = [
    document.heading,
    '='.repeat(Math.min(document.heading.length, 72)),
    '',
    ...document.paragraphs.flatMap((paragraph) => [paragraph, '']),
    ...(document.action === undefined ? [] : [textLink(document.action), '']),
    ...document.sections.flatMap((section) => [
      section.title,
      '-'.repeat(Math.min(section.title.length, 72)),
      '',
      ...section.items.flatMap((item) => [
        `• ${item.heading}`,
        ...item.paragraphs.map((paragraph) => `  ${paragraph}`),
        ...(item.action === undefined ? [] : [`  ${textLink(item.action)}`]),
        '',
      ]),
    ]),
    // The signature separator mail clients recognise.
    '-- ',
    document.footer.reason,
    textLink(document.footer.preferences),
    textLink(document.footer.unsubscribe),
    '',
  ]
  return lines.join('\n')
}

function textLink(link: MailLink): string {
  return `${link.label} : ${link.url}`
}
