import { TZDate } from '@date-fns/tz'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAdvanceableClock } from '../helpers/advanceableClock.ts'
import { createApiClient, type ApiClient, type Credential } from '../helpers/apiClient.ts'
import { headerOf, openThread, postMessage } from '../helpers/mailExchanges.ts'
import { signInDemoAccounts } from '../helpers/signInDemoAccounts.ts'
import { startSmtpServer, type CapturedMail, type TestSmtpServer } from '../helpers/smtpServer.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

// E-mail through a real SMTP server (smtp-server on a free port, mails read back with
// mailparser): a notification mailed at once with both parts, preferences choosing the path,
// the 7:00 digest, and the one-click unsubscribe.

const LENS = 'lens@demo.maillage.fr'
const LILLE = 'lille@demo.maillage.fr'
const TITLE = 'Garde <script>alert(1)</script> & « formation »'

interface Preferences {
  email: string
  preferences: { kind: string; label: string; frequency: string }[]
}

describe('mails of notifications', () => {
  const clock = createAdvanceableClock()
  let smtp: TestSmtpServer
  let server: TestServer
  let api: ApiClient
  const as = {} as Record<'lille' | 'lens', Credential>
  const ids = {} as Record<'lille' | 'lens', string>
  let threadId: string

  beforeAll(async () => {
    smtp = await startSmtpServer()
    server = await startServer({
      auth: 'session',
      demoData: true,
      timers: clock,
      mail: {
        smtpUrl: smtp.url,
        from: 'Maillage <ne-pas-repondre@maillage.test>',
        pollIntervalMs: 50,
      },
    })
    api = createApiClient(server.httpUrl)
    const accounts = await signInDemoAccounts(api, ['lille', 'lens'] as const)
    Object.assign(as, accounts.as)
    Object.assign(ids, accounts.ids)
    threadId = await openThread(api, as.lille, TITLE)
  })
  afterAll(async () => {
    await server.close()
    await smtp.close()
  })

  async function setPreferences(who: 'lille' | 'lens', preferences: object): Promise<Preferences> {
    const response = await api.request<Preferences>('PUT', '/api/me/preferences-mail', {
      as: as[who],
      body: { preferences },
    })
    expect(response.status, response.text).toBe(200)
    return response.body
  }

  /**
   * Lille mentions Lens in a new thread titled `title` (the mail names the thread); resolves once
   * queued (the request has answered).
   */
  async function mentionLens(title: string): Promise<void> {
    const thread = await openThread(api, as.lille, title)
    await postMessage(api, as.lille, thread, 'Pour information', [ids.lens])
  }

  const withText = (text: string) => (mail: CapturedMail) => mail.parsed.text?.includes(text)

  it('mails a mention at once, with a French text part and an accessible, escaped HTML part', async () => {
    await postMessage(api, as.lille, threadId, 'Première mention', [ids.lens])
    const [mail] = await smtp.waitForMailsTo(LENS, 1)
    if (mail === undefined) throw new Error('no mail')
    const { parsed } = mail
    expect(parsed.from?.text).toContain('ne-pas-repondre@maillage.test')
    expect(parsed.subject).toContain('vous a mentionné dans « Garde <script>')
    expect(parsed.text).toContain(
      'vous a mentionné dans « Garde <script>alert(1)</script> & « formation » ».',
    )
    expect(parsed.text).toContain(`${server.httpUrl}/echanges/${threadId}#message-`)
    expect(parsed.text).toContain('Ne plus recevoir les e-mails « Quelqu’un vous mentionne »')
    const html = typeof parsed.html === 'string' ? parsed.html : ''
    expect(html).toContain('<html lang="fr">')
    expect(html).toContain('<h1')
    expect(html).toContain('Garde &lt;script&gt;alert(1)&lt;/script&gt; &amp; « formation »')
    expect(html).not.toContain('<script>')
    expect(html).toContain('>Ouvrir dans Maillage</a>')
    expect(html).toContain('>Choisir les e-mails que vous recevez</a>')
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<table')
    expect(headerOf(mail, 'List-Unsubscribe')).toMatch(
      new RegExp(`^<${server.httpUrl}/api/desabonnement/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+>$`),
    )
    expect(headerOf(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')
  })

  it('lists every kind with its French label and default, and honours « jamais » then « immédiat »', async () => {
    const initial = await api.request<Preferences>('GET', '/api/me/preferences-mail', {
      as: as.lens,
    })
    expect(initial.status).toBe(200)
    expect(initial.body.email).toBe(LENS)
    expect(initial.body.preferences).toHaveLength(14)
    expect(initial.body.preferences).toContainEqual({
      kind: 'convocation-seance',
      label: 'Convocation à une séance d’une instance',
      frequency: 'immediat',
    })
    expect(initial.body.preferences).toContainEqual({
      kind: 'reponse-discussion',
      label: 'Réponse dans une discussion que vous avez lancée',
      frequency: 'quotidien',
    })
    const refused = await api.request('PUT', '/api/me/preferences-mail', {
      as: as.lens,
      body: { preferences: { mention: 'parfois' } },
    })
    expect(refused.status).toBe(400)

    const before = smtp.mailsTo(LENS).length
    await setPreferences('lens', { mention: 'jamais' })
    await mentionLens('Mention jamais envoyée')
    const changed = await setPreferences('lens', { mention: 'immediat' })
    expect(changed.preferences).toContainEqual(
      expect.objectContaining({ kind: 'mention', frequency: 'immediat' }),
    )
    await mentionLens('Mention envoyée ensuite')
    // The queue sends in order: once the later one has arrived, the earlier one would have too.
    const mails = await smtp.waitForMailsTo(LENS, before + 1)
    expect(mails.slice(before).map(withText('Mention envoyée ensuite'))).toEqual([true])
    expect(smtp.mailsTo(LENS).length).toBe(before + 1)
    expect(smtp.mails.some(withText('jamais envoyée'))).toBe(false)
  })

  it('stops a kind with the one-click unsubscribe of its mail, without session nor CSRF', async () => {
    const [latest] = smtp.mailsTo(LENS).slice(-1)
    if (latest === undefined) throw new Error('no mail')
    const target = headerOf(latest, 'List-Unsubscribe').slice(1, -1)
    const info = await fetch(target)
    expect(info.status).toBe(200)
    expect(await info.json()).toMatchObject({
      kind: 'mention',
      label: 'Quelqu’un vous mentionne',
      email: LENS,
    })
    // As a mail provider posts it (RFC 8058): a form, from elsewhere, no cookie.
    const posted = await fetch(target, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://webmail.example',
      },
      body: 'List-Unsubscribe=One-Click',
    })
    expect(posted.status, await posted.clone().text()).toBe(200)
    const after = await api.request<Preferences>('GET', '/api/me/preferences-mail', { as: as.lens })
    expect(after.body.preferences).toContainEqual(
      expect.objectContaining({ kind: 'mention', frequency: 'jamais' }),
    )

    const count = smtp.mailsTo(LENS).length
    await mentionLens('Mention après le désabonnement')
    // Another kind Lens still receives at once, queued after: its arrival proves the order.
    await setPreferences('lens', { 'reponse-discussion': 'immediat' })
    const lensThread = await openThread(api, as.lens, 'Question de Lens', 'clpe-62005')
    await postMessage(api, as.lille, lensThread, 'Une réponse de Lille')
    await smtp.waitForMailsTo(LENS, count + 1)
    expect(smtp.mailsTo(LENS).slice(count).map(withText('Question de Lens'))).toEqual([true])
    expect(smtp.mails.some(withText('après le désabonnement'))).toBe(false)
  })

  it('answers a forged or damaged link with a 404 in French', async () => {
    const [latest] = smtp.mailsTo(LENS).slice(-1)
    if (latest === undefined) throw new Error('no mail')
    const target = headerOf(latest, 'List-Unsubscribe').slice(1, -1)
    const token = target.slice(target.lastIndexOf('/') + 1)
    const [payload] = token.split('.')
    const forgedPayload = Buffer.from(JSON.stringify({ a: LILLE, k: ['mention'] })).toString(
      'base64url',
    )
    for (const bad of [
      `${forgedPayload}.${token.split('.')[1]}`,
      `${payload}.AAAA`,
      'nimporte-quoi',
    ]) {
      for (const method of ['GET', 'POST']) {
        const response = await fetch(`${server.httpUrl}/api/desabonnement/${bad}`, { method })
        expect(response.status, `${method} ${bad}`).toBe(404)
        expect(await response.json()).toMatchObject({
          error: {
            code: 'NOT_FOUND',
            message: expect.stringContaining('lien de désabonnement n’est pas valide') as string,
          },
        })
      }
    }
  })

  it('groups the events kept for the digest into one mail at 7:00 (Paris), a section per kind', async () => {
    await setPreferences('lille', { mention: 'quotidien' })
    const before = smtp.mailsTo(LILLE).length
    await postMessage(api, as.lens, threadId, 'Réponse ordinaire de Lens')
    await postMessage(api, as.lens, threadId, 'Lens cite Lille', [ids.lille])
    const stored = await server.server.metadata.mail.listDigestEntriesOf(ids.lille)
    expect(stored.map((entry) => entry.message.kind).sort()).toEqual([
      'mention',
      'reponse-discussion',
    ])

    const now = clock.now()
    const paris = new TZDate(now, 'Europe/Paris')
    let seven = new TZDate(
      paris.getFullYear(),
      paris.getMonth(),
      paris.getDate(),
      7,
      0,
      'Europe/Paris',
    ).getTime()
    if (seven <= now)
      seven = new TZDate(
        paris.getFullYear(),
        paris.getMonth(),
        paris.getDate() + 1,
        7,
        0,
        'Europe/Paris',
      ).getTime()
    clock.advance(seven - now + 1000)

    const mails = await smtp.waitForMailsTo(LILLE, before + 1)
    const [digest] = mails.slice(before)
    if (digest === undefined) throw new Error('no digest')
    expect(digest.parsed.subject).toMatch(/^Maillage : votre résumé du .+ \(2 nouveautés\)$/)
    const html = typeof digest.parsed.html === 'string' ? digest.parsed.html : ''
    expect(html).toContain('>Quelqu’un vous mentionne</h2>')
    expect(html).toContain('>Réponse dans une discussion que vous avez lancée</h2>')
    expect(digest.parsed.text).toContain('• Julien Lefebvre vous a mentionné dans « Garde <script>')
    expect(digest.parsed.text).toContain(
      '• Julien Lefebvre a répondu à votre discussion « Garde <script>',
    )
    expect(html).toContain('a répondu à votre discussion «\u00a0Garde &lt;script&gt;')
    expect(await server.server.metadata.mail.listDigestEntriesOf(ids.lille)).toEqual([])
    // Its unsubscribe link stops both kinds.
    const info = await fetch(headerOf(digest, 'List-Unsubscribe').slice(1, -1))
    expect(await info.json()).toMatchObject({ kinds: ['mention', 'reponse-discussion'] })
  })
})
