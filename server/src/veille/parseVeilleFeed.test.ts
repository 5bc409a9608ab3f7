import { describe, expect, it } from 'vitest'
import { feedEntryToInput } from './feedEntryToInput.ts'
import { parseVeilleFeed } from './parseVeilleFeed.ts'

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
  <title>C2RP &#8211; Études</title>
  <link>https://www.c2rp.fr/</link>
  <item>
    <title>Les métiers en tension &amp; la formation</title>
    <link>https://www.c2rp.fr/etudes/tension</link>
    <pubDate>Tue, 04 Mar 2025 09:30:00 +0100</pubDate>
    <description><![CDATA[<p>Une <strong>étude</strong> régionale&nbsp;: 12 métiers.</p>]]></description>
  </item>
  <item><title>Sans lien</title><pubDate>Tue, 04 Mar 2025 09:30:00 +0100</pubDate></item>
</channel></rss>`

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Dares — Publications</title>
  <id>urn:dares</id><updated>2025-05-02T08:00:00Z</updated>
  <entry>
    <title type="html">Le ch&#244;mage de longue dur&#233;e</title>
    <link rel="enclosure" href="https://dares.travail-emploi.gouv.fr/fichier.pdf"/>
    <link href="https://dares.travail-emploi.gouv.fr/publication/chomage"/>
    <id>urn:dares:1</id>
    <updated>2025-05-02T08:00:00Z</updated>
    <summary>Un état des lieux.</summary>
  </entry>
  <entry><title>Date illisible</title><link href="https://dares.travail-emploi.gouv.fr/x"/><updated>demain</updated></entry>
</feed>`

describe('parseVeilleFeed', () => {
  it('reads the items of an RSS 2.0 feed as plain text', () => {
    const feed = parseVeilleFeed(RSS)
    expect(feed.format).toBe('rss')
    expect(feed.title).toBe('C2RP – Études')
    expect(feed.entries[0]).toEqual({
      title: 'Les métiers en tension & la formation',
      link: 'https://www.c2rp.fr/etudes/tension',
      date: 'Tue, 04 Mar 2025 09:30:00 +0100',
      summary: 'Une étude régionale\u00a0: 12 métiers.',
      source: '',
    })
  })

  it('reads the entries of an Atom feed, with their alternate link', () => {
    const feed = parseVeilleFeed(ATOM)
    expect(feed.format).toBe('atom')
    expect(feed.title).toBe('Dares — Publications')
    expect(feed.entries[0]).toMatchObject({
      title: 'Le chômage de longue durée',
      link: 'https://dares.travail-emploi.gouv.fr/publication/chomage',
      date: '2025-05-02T08:00:00Z',
      summary: 'Un état des lieux.',
    })
  })

  it('refuses a DOCTYPE, text that is not XML and XML that is no feed', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><rss><channel><title>&lol;</title></channel></rss>`
    for (const text of [laughs, 'pas du tout du XML <', '<html><body>Bonjour</body></html>']) {
      expect(() => parseVeilleFeed(text)).toThrow(
        expect.objectContaining({ code: 'VEILLE_FEED_INVALID' }),
      )
    }
  })
})

describe('feedEntryToInput', () => {
  it('makes a proposed item of an entry, its source the feed’s title', () => {
    const feed = parseVeilleFeed(RSS)
    const [first, second] = feed.entries
    if (first === undefined || second === undefined) throw new Error('two entries expected')
    const context = { title: feed.title, url: 'https://www.c2rp.fr/flux' }
    expect(feedEntryToInput(first, context)).toEqual({
      ok: true,
      input: {
        title: 'Les métiers en tension & la formation',
        url: 'https://www.c2rp.fr/etudes/tension',
        source: 'C2RP – Études',
        publishedOn: '2025-03-04',
        summary: 'Une étude régionale\u00a0: 12 métiers.',
        thematiques: [],
        territories: [],
      },
    })
    expect(feedEntryToInput(second, context)).toEqual({
      ok: false,
      reason: 'Entrée sans lien vers une page web (http ou https).',
    })
  })

  it('refuses an entry without a readable date and shortens a long summary', () => {
    const feed = parseVeilleFeed(ATOM)
    const context = { title: feed.title, url: 'https://dares.travail-emploi.gouv.fr/flux' }
    const undated = feed.entries[1]
    if (undated === undefined) throw new Error('two entries expected')
    expect(feedEntryToInput(undated, context)).toMatchObject({ ok: false })
    const long = { ...undated, date: '2025-01-01', summary: 'a'.repeat(5000) }
    const mapped = feedEntryToInput(long, context)
    expect(mapped.ok && mapped.input.summary.length).toBe(3000)
  })
})
