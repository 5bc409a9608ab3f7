import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@maillage/server'
import { parseDocumentId, type ApiErrorBody, type ExchangeView } from '@maillage/protocol'
import type { Credential } from '../helpers/apiClient.ts'
import { createApiClient, DEMO_PASSWORD } from '../helpers/apiClient.ts'
import { useExchangeFixture } from '../helpers/exchangeFixture.ts'
import { proposeVeille, veilleBody } from '../helpers/veilleFixture.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { connectRawClientAs, waitForClose } from '../helpers/syncAccess.ts'
import { waitFor } from '../helpers/waitFor.ts'

const LILLE_EMAIL = 'lille@demo.maillage.fr'

function mentioning(text: string, person: { id: string; label: string }): object {
  return {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: `${text} ` },
          { type: 'mention', attrs: { id: person.id, label: person.label } },
        ],
      },
    ],
  }
}

// Every opened tag is closed in order (void elements aside): the export is well-formed.
function expectWellFormed(html: string): void {
  const voids = new Set(['meta', 'br', 'hr', 'img', 'link', 'input'])
  const stack: string[] = []
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>/g)) {
    const [, closing, tag = ''] = match
    const name = tag.toLowerCase()
    if (voids.has(name)) continue
    if (closing === '/') expect(stack.pop(), `</${name}>`).toBe(name)
    else stack.push(name)
  }
  expect(stack).toEqual([])
}

describe('RGPD: « Mes données » and the deletion of one’s account', () => {
  const fixture = useExchangeFixture()
  const { as, ids, request } = fixture
  let thread: ExchangeView
  const lilleText = 'Nous avons trouvé une crèche partenaire à Roubaix pour les stagiaires.'
  const lensText = 'Merci, nous cherchons la même chose à Lens.'

  async function others(): Promise<string[]> {
    const accounts = await fixture.server().server.metadata.listAccounts()
    return accounts
      .filter((account) => account.id !== ids.lille)
      .flatMap((account) => [account.email, account.name])
  }

  it('exports the account’s contributions and nothing of another account, in JSON', async () => {
    thread = await fixture.openThread(as.lille)
    const preferences = await request('PUT', '/api/me/preferences-mail', {
      as: as.lille,
      // The lettre d’information's subscription is a mail preference like the others.
      body: { preferences: { mention: 'quotidien', lettre: 'immediat' } },
    })
    expect(preferences.status, preferences.text).toBe(200)
    const lensName = (await fixture.server().server.metadata.findAccountById(ids.lens))?.name ?? ''
    expect(lensName).not.toBe('')
    const posted = await fixture.post(
      as.lille,
      thread.id,
      mentioning(lilleText, { id: ids.lens, label: lensName }),
    )
    expect(posted.status, posted.text).toBe(201)
    const replied = await fixture.post(
      as.lens,
      thread.id,
      mentioning(lensText, { id: ids.lille, label: 'Lille' }),
    )
    expect(replied.status, replied.text).toBe(201)
    const last = await fixture.post(
      as.lille,
      thread.id,
      mentioning('Je vous envoie le contact,', { id: ids.lens, label: lensName }),
    )
    expect(last.status, last.text).toBe(201)

    const response = await request<Record<string, unknown>>('GET', '/api/me/donnees', {
      as: as.lille,
    })
    expect(response.status, response.text).toBe(200)
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="mes-donnees-maillage\.json"/,
    )
    const data = JSON.parse(response.text) as {
      profil: Record<string, unknown>
      espaces: { espace: string }[]
      contributions: {
        messages: { discussion: string; texte: string; lien: string }[]
        echangesOuverts: { titre: string }[]
        documentsModifies: { titre: string }[]
      }
      sessions: unknown[]
      courriels: { preferences: Record<string, string>; resumeEnAttente: number }
      journal: { action: string }[]
    }
    expect(data.profil['email']).toBe(LILLE_EMAIL)
    expect(data.profil).not.toHaveProperty('passwordHash')
    expect(response.text).not.toContain('scrypt')
    expect(data.espaces.map((space) => space.espace)).toContain('CLPE Lille Métropole')
    const message = data.contributions.messages.find((line) => line.texte.includes(lilleText))
    expect(message).toMatchObject({ discussion: thread.title })
    expect(message?.texte).toContain('@personne mentionnée')
    expect(message?.lien).toMatch(new RegExp(`/echanges/${thread.id}$`))
    expect(data.contributions.echangesOuverts.map((line) => line.titre)).toContain(thread.title)
    expect(data.contributions.documentsModifies.map((line) => line.titre)).toContain(thread.title)
    expect(data.sessions.length).toBeGreaterThan(0)
    // Lens's mention of Lille waits for Lille's daily digest.
    expect(data.courriels).toMatchObject({
      preferences: { mention: 'quotidien', lettre: 'immediat' },
      resumeEnAttente: 1,
    })
    expect(data.journal.map((line) => line.action)).toContain('login.succeeded')
    // Nothing of anyone else: not Lens's reply, not a name nor an address of another account.
    expect(response.text).not.toContain(lensText)
    for (const personal of await others()) expect(response.text).not.toContain(personal)
  })

  it('exports the same as a readable French HTML file', async () => {
    const response = await request('GET', '/api/me/donnees.html', { as: as.lille })
    expect(response.status, response.text).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/)
    expect(response.headers.get('content-disposition')).toMatch(
      /filename="mes-donnees-maillage\.html"/,
    )
    const html = response.text
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/)
    expect(html).toContain('<h1>Mes données sur Maillage</h1>')
    expect(html).toContain('<h2 id="contributions">Vos contributions</h2>')
    expect(html).toMatch(
      /<time datetime="[^"]+">\d{1,2}(er)? (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/,
    )
    expect(html).toContain(lilleText)
    expectWellFormed(html)
    expect(html).not.toContain(lensText)
    for (const personal of await others()) expect(html).not.toContain(personal)
  })

  it('refuses the deletion of the last administrator', async () => {
    const response = await request<ApiErrorBody>('DELETE', '/api/me', {
      as: as.admin,
      body: { confirmation: 'SUPPRIMER', password: DEMO_PASSWORD },
    })
    expect(response.status, response.text).toBe(409)
    expect(response.body.error.code).toBe('LAST_ADMIN')
    expect(await fixture.server().server.metadata.findAccountById(ids.admin)).toMatchObject({
      email: 'admin@demo.maillage.fr',
    })
  })

  it('deletes the account: documents stay readable, the author anonymised, sessions and sockets closed', async () => {
    const server = fixture.server()
    const socket = await connectRawClientAs(server, thread.id, as.lille)
    const lensReader = await fixture.reader(as.lens, thread.id)

    const unconfirmed = await request('DELETE', '/api/me', {
      as: as.lille,
      body: { confirmation: 'supprimer', password: DEMO_PASSWORD },
    })
    expect(unconfirmed.status).toBe(400)
    const wrongPassword = await request('DELETE', '/api/me', {
      as: as.lille,
      body: { confirmation: 'SUPPRIMER', password: 'pas-le-bon-mot-de-passe' },
    })
    expect(wrongPassword.status).toBe(400)

    const deleted = await request('DELETE', '/api/me', {
      as: as.lille,
      body: { confirmation: 'SUPPRIMER', password: DEMO_PASSWORD },
    })
    expect(deleted.status, deleted.text).toBe(204)

    // The socket opened with the session closes; the session and the login are gone.
    expect(await waitForClose(socket, 5_000)).toBe(4401)
    expect((await request('GET', '/api/session', { as: as.lille })).status).toBe(401)
    const api = createApiClient(server.httpUrl)
    expect((await api.login(LILLE_EMAIL, DEMO_PASSWORD)).status).toBe(401)

    // The tombstone: same id, no identity left, no membership.
    const tombstone = await server.server.metadata.findAccountById(ids.lille)
    expect(tombstone).toMatchObject({ name: 'Ancien membre', organisation: '' })
    expect(tombstone?.email).toMatch(/@compte-supprime\.invalid$/)
    expect(tombstone?.deletedAt).toBeDefined()
    expect(await server.server.metadata.listMembershipsOfAccount(ids.lille)).toEqual([])
    expect(await server.server.metadata.notifications.listNotificationsOf(ids.lille)).toEqual([])
    // Their preferences, the subscription to the lettre included, are gone with the account.
    expect(await server.server.metadata.mail.findPreferences(ids.lille)).toBeNull()
    expect(await server.server.metadata.mail.listDigestEntriesOf(ids.lille)).toEqual([])

    // The thread stays readable, its record and its Y.Doc name the author « ancien membre ».
    const record = await server.server.metadata.findDocument(parseDocumentId(thread.id))
    expect(record).toMatchObject({ lastEditorId: ids.lille, lastEditorName: 'Ancien membre' })
    const read = await request<ExchangeView>('GET', `/api/echanges/${thread.id}`, { as: as.lens })
    expect(read.status, read.text).toBe(200)
    await waitFor(() => {
      const messages = fixture.messagesOf(lensReader)
      const lilles = messages.filter((message) => message.author.id === ids.lille)
      expect(lilles.length).toBeGreaterThan(0)
      for (const message of lilles) expect(message.author.name).toBe('ancien membre')
      const reply = messages.find((message) => message.author.id === ids.lens)
      expect(JSON.stringify(reply?.content)).toContain('"label":"ancien membre"')
    })
    const audit = await server.server.metadata.listAudit()
    const entry = audit.find((line) => line.action === 'account.deleted')
    expect(entry).toMatchObject({ actorId: ids.lille, target: ids.lille })
    expect(entry?.details).toBeUndefined()
  })
})

describe('RGPD: an unconfirmed deletion leaves the account', () => {
  const fixture = useExchangeFixture()
  it('requires the password of an account that has one', async () => {
    const credential: Credential = fixture.as.lens
    const response = await fixture.request<ApiErrorBody>('DELETE', '/api/me', {
      as: credential,
      body: { confirmation: 'SUPPRIMER' },
    })
    expect(response.status).toBe(400)
    expect(response.body.error.details?.['password']).toMatch(/mot de passe/)
    expect((await fixture.request('GET', '/api/session', { as: credential })).status).toBe(200)
  })
})

describe('RGPD on PostgreSQL', () => {
  let database: TestDatabase
  let server: TestServer

  beforeAll(async () => {
    database = await createTestDatabase()
    server = await startServer({
      auth: 'session',
      demoData: true,
      store: { kind: 'postgres', url: database.url },
    })
  })
  afterAll(async () => {
    await server.close()
    await database.drop()
  })

  it('exports one’s data and deletes one’s account into a tombstone', async () => {
    const api = createApiClient(server.httpUrl)
    const lens = await api.signIn('lens@demo.maillage.fr')
    const item = await proposeVeille(api, lens.credential, veilleBody('rgpd-postgres'))
    const feed = await api.request('POST', '/api/veille/flux', { as: lens.credential })
    expect(feed.status, feed.text).toBe(201)
    const exported = await api.request('GET', '/api/me/donnees', { as: lens.credential })
    expect(exported.status, exported.text).toBe(200)
    expect(exported.text).toContain('lens@demo.maillage.fr')
    expect(exported.text).toContain(item.title)
    expect(exported.text).not.toContain('lille@demo.maillage.fr')

    const deleted = await api.request('DELETE', '/api/me', {
      as: lens.credential,
      body: { confirmation: 'SUPPRIMER', password: DEMO_PASSWORD },
    })
    expect(deleted.status, deleted.text).toBe(204)
    const tombstone = await server.server.metadata.findAccountById(lens.accountId)
    expect(tombstone).toMatchObject({
      name: 'Ancien membre',
      organisation: '',
      platformRole: 'membre',
    })
    expect(tombstone).not.toHaveProperty('lastSeenAt')
    // The veille in PostgreSQL: the item's author renamed, the feed address revoked.
    expect((await server.server.metadata.veille.findItem(item.id))?.addedBy).toEqual({
      id: lens.accountId,
      name: 'Ancien membre',
    })
    const feeds = await server.server.metadata.veille.listFeedsOf(lens.accountId)
    expect(feeds.map((found) => found.revokedAt !== undefined)).toEqual([true])
    expect(await server.server.metadata.findAccountByEmail('lens@demo.maillage.fr')).toBeNull()
    expect((await api.login('lens@demo.maillage.fr', DEMO_PASSWORD)).status).toBe(401)
  })
})
