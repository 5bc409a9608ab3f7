import { describe, expect, it } from 'vitest'
import type { RichTextJson } from '@maillage/protocol'
import { AppError } from '../errors/AppError.ts'
import {
  MAX_MENTIONS_PER_MESSAGE,
  MAX_MESSAGE_TEXT_LENGTH,
  parseMessageContent,
} from './parseMessageContent.ts'

function doc(...content: RichTextJson[]): RichTextJson {
  return { type: 'doc', content: [{ type: 'paragraph', content }] }
}

function link(text: string, href: string): RichTextJson {
  return { type: 'text', text, marks: [{ type: 'link', attrs: { href, target: '_self' } }] }
}

function mention(id: string): RichTextJson {
  return { type: 'mention', attrs: { id, label: id } }
}

function refusal(input: unknown): AppError {
  try {
    parseMessageContent(input)
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  throw new Error('the message was accepted')
}

describe('parseMessageContent', () => {
  it('accepts a mention, bold text and a web link, and reads the mention', () => {
    const parsed = parseMessageContent(
      doc(
        { type: 'text', text: 'Bonjour ' },
        { type: 'mention', attrs: { id: 'compte-nadia', label: 'Nadia Benali' } },
        { type: 'text', text: ', voyez ', marks: [{ type: 'bold' }] },
        link('la fiche', 'https://www.francetravail.fr/accueil/'),
      ),
    )
    expect(parsed.mentionIds).toEqual(['compte-nadia'])
    const paragraph = parsed.content.content?.[0]?.content ?? []
    expect(paragraph.map((node) => node.type)).toEqual(['text', 'mention', 'text', 'text'])
    expect(paragraph[2]?.marks).toEqual([{ type: 'bold' }])
    // The link keeps its address; its target and rel are the schema's, not the sender's.
    expect(paragraph[3]?.marks?.[0]?.attrs).toMatchObject({
      href: 'https://www.francetravail.fr/accueil/',
      target: '_blank',
      rel: 'noopener noreferrer nofollow',
    })
  })

  it('accepts a message made of a mention only, and lists each mentioned person once', () => {
    const mention = { type: 'mention', attrs: { id: 'compte-julien', label: 'Julien' } }
    expect(parseMessageContent(doc(mention, mention)).mentionIds).toEqual(['compte-julien'])
  })

  it('accepts mailto links', () => {
    expect(() => parseMessageContent(doc(link('écrire', 'mailto:clpe@exemple.fr')))).not.toThrow()
  })

  it.each([
    ['javascript:', 'javascript:alert(document.cookie)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['a relative address', '/admin'],
  ])('refuses a link to %s', (_name, href) => {
    const error = refusal(doc(link('cliquez', href)))
    expect(error.code).toBe('VALIDATION_FAILED')
    expect(error.details?.['content']).toMatch(/lien/u)
  })

  it('refuses an empty message, or one of blank text only', () => {
    expect(refusal({ type: 'doc', content: [{ type: 'paragraph' }] }).message).toMatch(/vide/u)
    expect(refusal(doc({ type: 'text', text: '   ' })).code).toBe('VALIDATION_FAILED')
  })

  it('refuses a node the message schema does not have, naming it', () => {
    const image = { type: 'image', attrs: { src: 'https://exemple.fr/a.png' } }
    const error = refusal({ type: 'doc', content: [image] })
    expect(error.code).toBe('VALIDATION_FAILED')
    expect(error.message).toContain('« image »')
    expect(refusal({ type: 'doc', content: [{ type: 'heading', content: [] }] }).message).toContain(
      '« heading »',
    )
  })

  it('refuses a root other than a doc, and a structure the schema forbids', () => {
    expect(refusal({ type: 'paragraph', content: [] }).code).toBe('VALIDATION_FAILED')
    expect(refusal({ type: 'doc', content: [{ type: 'text', text: 'nu' }] }).code).toBe(
      'VALIDATION_FAILED',
    )
    expect(refusal('<p>Bonjour</p>').code).toBe('VALIDATION_FAILED')
    expect(refusal(undefined).code).toBe('VALIDATION_FAILED')
  })

  it('refuses more text than allowed, and accepts exactly the limit', () => {
    const text = (length: number) => doc({ type: 'text', text: 'a'.repeat(length) })
    expect(() => parseMessageContent(text(MAX_MESSAGE_TEXT_LENGTH))).not.toThrow()
    expect(refusal(text(MAX_MESSAGE_TEXT_LENGTH + 1)).message).toMatch(/trop long/u)
  })

  it('refuses a message whose JSON is too large, and nesting deeper than a message needs', () => {
    const bold = { type: 'text', text: 'a', marks: [{ type: 'bold' }, { type: 'italic' }] }
    const heavy = doc(...Array.from({ length: 2_000 }, () => bold))
    expect(refusal(heavy).message).toMatch(/volumineux/u)

    let deep: RichTextJson = { type: 'paragraph', content: [{ type: 'text', text: 'fond' }] }
    for (let level = 0; level < 40; level += 1) deep = { type: 'blockquote', content: [deep] }
    expect(refusal({ type: 'doc', content: [deep] }).code).toBe('VALIDATION_FAILED')
  })

  it('accepts 20 distinct people mentioned, counting a person mentioned twice once', () => {
    const people = Array.from({ length: MAX_MENTIONS_PER_MESSAGE }, (_, i) => mention(`p${i}`))
    const parsed = parseMessageContent(doc(...people, mention('p0')))
    expect(parsed.mentionIds).toHaveLength(MAX_MENTIONS_PER_MESSAGE)
  })

  it('refuses a message mentioning more than 20 distinct people, with its own code', () => {
    const people = Array.from({ length: MAX_MENTIONS_PER_MESSAGE + 1 }, (_, i) => mention(`p${i}`))
    const error = refusal(doc(...people))
    expect(error.code).toBe('EXCHANGE_TOO_MANY_MENTIONS')
    expect(error.message).toBe('Vous pouvez mentionner 20 personnes au plus dans un message.')
    expect(error.details?.['content']).toBe(error.message)
  })

  it.each([
    ['a NUL character', 'avant\u0000après'],
    ['a lone high surrogate', 'coupé \uD83D en deux'],
    ['a lone low surrogate', '\uDE00 au début'],
  ])('refuses text holding %s', (_name, text) => {
    const error = refusal(doc({ type: 'text', text }))
    expect(error.code).toBe('VALIDATION_FAILED')
    expect(error.details?.['content']).toMatch(/caractères invalides/u)
  })

  it('refuses a lone surrogate or a NUL character in a mention or a link too', () => {
    const label = { type: 'mention', attrs: { id: 'compte-nadia', label: 'Nadia \uD83D' } }
    expect(refusal(doc(label)).code).toBe('VALIDATION_FAILED')
    expect(refusal(doc(link('voir', 'https://exemple.fr/\u0000'))).code).toBe('VALIDATION_FAILED')
  })

  it('accepts emoji and accents, whose surrogates come in pairs', () => {
    const parsed = parseMessageContent(doc({ type: 'text', text: 'Très bien 👍🏽 merci' }))
    expect(JSON.stringify(parsed.content)).toContain('👍🏽')
  })
})
