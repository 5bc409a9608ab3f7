import { describe, expect, it } from 'vitest'
import type { RichTextJson } from '@maillage/protocol'
import { renderLettreMail } from './renderLettreMail.ts'

const FOOTER = {
  reason: 'Vous recevez cet e-mail parce que vous êtes abonné.',
  preferences: { label: 'Choisir les e-mails que vous recevez', url: 'https://m.example/profil' },
  unsubscribe: { label: 'Ne plus recevoir', url: 'https://m.example/desabonnement/t' },
}

const link = (text: string, href: string): RichTextJson => ({
  type: 'text',
  text,
  marks: [{ type: 'link', attrs: { href } }],
})

const BODY: RichTextJson = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Ateliers à venir' }] },
    {
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [{ type: 'paragraph', content: [link('Webinaire <COP>', '/ateliers/a1')] }],
        },
        {
          type: 'listItem',
          content: [{ type: 'paragraph', content: [link('Piège', 'javascript:alert(1)')] }],
        },
      ],
    },
  ],
}

describe('renderLettreMail', () => {
  const mail = renderLettreMail(
    {
      title: 'Lettre d’information n° 2',
      subtitle: 'Numéro 2 — 7 décembre 2026',
      body: BODY,
      readingPath: '/lettre/l2',
    },
    FOOTER,
    (path) => `https://m.example${path}`,
  )

  it('makes an accessible French HTML part: h1 title, h2 sections, lists, absolute links, escaped', () => {
    expect(mail.html).toContain('<html lang="fr">')
    expect(mail.html).toContain('<h1')
    expect(mail.html).toMatch(/<h2[^>]*>Ateliers à venir<\/h2>/u)
    expect(mail.html).toContain('href="https://m.example/ateliers/a1"')
    expect(mail.html).toContain('Webinaire &lt;COP&gt;')
    expect(mail.html).not.toContain('javascript:')
    expect(mail.html).toContain('href="https://m.example/lettre/l2"')
    expect(mail.html).toContain('href="https://m.example/desabonnement/t"')
  })

  it('makes a text part with the links spelled out and the footer after the signature line', () => {
    expect(mail.subject).toBe('Lettre d’information n° 2')
    expect(mail.text).toContain('• Webinaire <COP> (https://m.example/ateliers/a1)')
    expect(mail.text).toContain('• Piège\n')
    expect(mail.text).toContain('-- \nVous recevez cet e-mail')
    expect(mail.text).toContain('Ne plus recevoir : https://m.example/desabonnement/t')
  })
})
