import { describe, expect, it } from 'vitest'
import type { MailDocument } from './MailDocument.ts'
import { renderMail } from './renderMail.ts'

const HOSTILE = 'Atelier <img src=x onerror="alert(1)"> & « mobilité »'

const document: MailDocument = {
  subject: `Nouvelle date pour\r\n${HOSTILE}`,
  heading: HOSTILE,
  paragraphs: ['Proposé par Zoé "la <b>boss</b>" O’Neil.', 'Deuxième paragraphe.'],
  action: { label: 'Voir l’atelier', url: 'https://maillage.example.fr/ateliers/a-1?x=1&y="2"' },
  sections: [
    {
      title: 'Réponses <i>du jour</i>',
      items: [
        {
          heading: 'Lens a répondu',
          paragraphs: ['<script>alert(2)</script>'],
          action: { label: 'Lire', url: 'https://maillage.example.fr/echanges/1' },
        },
      ],
    },
  ],
  footer: {
    reason: 'Vous recevez cet e-mail parce que vous êtes membre de Maillage.',
    preferences: { label: 'Choisir les e-mails que vous recevez', url: 'https://m.fr/profil' },
    unsubscribe: { label: 'Ne plus recevoir les e-mails « Rappel »', url: 'https://m.fr/d/t' },
  },
}

describe('renderMail', () => {
  const rendered = renderMail(document)

  it('puts the subject on one line', () => {
    expect(rendered.subject).toBe(`Nouvelle date pour ${HOSTILE}`)
  })

  it('escapes every piece of text and every address of the HTML part', () => {
    expect(rendered.html).not.toContain('<img')
    expect(rendered.html).not.toContain('<script>')
    expect(rendered.html).not.toContain('<b>')
    expect(rendered.html).not.toContain('<i>')
    expect(rendered.html).toContain(
      'Atelier &lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; « mobilité »',
    )
    expect(rendered.html).toContain('Zoé &quot;la &lt;b&gt;boss&lt;/b&gt;&quot; O’Neil.')
    expect(rendered.html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;')
    expect(rendered.html).toContain(
      'href="https://maillage.example.fr/ateliers/a-1?x=1&amp;y=&quot;2&quot;"',
    )
    expect(rendered.html).toContain('<title>Nouvelle date pour Atelier &lt;img')
  })

  it('is an accessible French page: lang, headings in order, named links, no table nor image', () => {
    const html = rendered.html
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="fr">')).toBe(true)
    expect(html).toContain('<meta charset="utf-8">')
    const headings = [...html.matchAll(/<h([1-6])/g)].map((match) => Number(match[1]))
    expect(headings).toEqual([1, 2, 3])
    expect(html).toMatch(/<a href="[^"]+" style="[^"]+">Voir l’atelier<\/a>/)
    expect(html).toContain('>Choisir les e-mails que vous recevez</a>')
    // French spacing in the HTML part: no line starts with « » » or « : ».
    expect(html).toContain('>Ne plus recevoir les e-mails «\u00a0Rappel\u00a0»</a>')
    expect(html).toMatch(/<main>[\s\S]*<\/main>\n<footer/)
    expect(html).not.toMatch(/<table|<img/)
    // Dark text and links on white.
    expect(html).toContain('background:#ffffff;color:#1a1a1a')
    expect(html).toContain('color:#000091')
  })

  it('has a plain-text part with the same text, the links spelled out and the footer', () => {
    const text = rendered.text
    expect(text).toContain(`${HOSTILE}\n${'='.repeat(HOSTILE.length)}\n`)
    expect(text).toContain('Proposé par Zoé "la <b>boss</b>" O’Neil.\n\nDeuxième paragraphe.')
    expect(text).toContain('Voir l’atelier : https://maillage.example.fr/ateliers/a-1?x=1&y="2"')
    expect(text).toContain('Réponses <i>du jour</i>\n')
    expect(text).toContain('• Lens a répondu\n  <script>alert(2)</script>\n  Lire : https://')
    expect(text).toContain(
      '\n-- \nVous recevez cet e-mail parce que vous êtes membre de Maillage.\n' +
        'Choisir les e-mails que vous recevez : https://m.fr/profil\n' +
        'Ne plus recevoir les e-mails « Rappel » : https://m.fr/d/t\n',
    )
  })
})
