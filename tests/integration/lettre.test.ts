import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type {
  LettreEditionView,
  LettreListView,
  LettrePreparedView,
  LettrePublishedView,
  RichTextJson,
} from '@maillage/protocol'
import { CloseCode } from '@maillage/protocol'
import { createApiClient, type ApiClient } from '../helpers/apiClient.ts'
import { headerOf } from '../helpers/mailExchanges.ts'
import { signInDemoAccounts, type DemoAccounts } from '../helpers/signInDemoAccounts.ts'
import { startSmtpServer, type CapturedMail, type TestSmtpServer } from '../helpers/smtpServer.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { syncCredentials } from '../helpers/syncAccess.ts'
import { connectClient, whenSynced } from '../helpers/syncClient.ts'
import { waitFor } from '../helpers/waitFor.ts'
import { PROPOSAL } from '../helpers/toolboxAuthorizationRows.ts'

// The lettre d’information assembled from the demo data (plus what the demo lacks, made through
// the API as people would: a tool validated by the comité de pilotage, a veille item retained for
// the lettre, a fiche shared by its CLPE), proof-read and published by the regional team, and
// mailed to its subscribers through a real SMTP server.

const NAMES = ['admin', 'lille', 'lens', 'lecteur', 'copil'] as const
type Name = (typeof NAMES)[number]
const LILLE = 'lille@demo.maillage.fr'
const LENS = 'lens@demo.maillage.fr'
const VEILLE_TITLE = 'Les métiers en tension en 2026'

interface ErrorBody {
  readonly error: { readonly code: string; readonly details?: Record<string, string> }
}

/** Every link of a numéro's content as `label -> href`, and its headings. */
function read(doc: RichTextJson): { headings: string[]; links: string[] } {
  const headings: string[] = []
  const links: string[] = []
  const visit = (node: RichTextJson): string => {
    if (node.type === 'text') {
      const href = node.marks?.find((mark) => mark.type === 'link')?.attrs?.['href']
      if (typeof href === 'string') links.push(`${node.text ?? ''} -> ${href}`)
      return node.text ?? ''
    }
    const text = (node.content ?? []).map(visit).join('')
    if (node.type === 'heading') headings.push(text)
    return text
  }
  visit(doc)
  return { headings, links }
}

describe('the lettre d’information', () => {
  let smtp: TestSmtpServer
  let dataDir: string
  let server: TestServer
  let api: ApiClient
  let demo: DemoAccounts<Name>
  let first: LettrePreparedView
  let toolTitle = ''
  let ficheTitle = ''

  /** The numéros mailed to `address` so far (other mails, such as a decision, left out). */
  function lettresTo(address: string): CapturedMail[] {
    return smtp
      .mailsTo(address)
      .filter((mail) => mail.parsed.subject?.includes('Lettre d’information'))
  }

  async function waitForLettres(address: string, count: number): Promise<CapturedMail[]> {
    return await waitFor(() => {
      const found = lettresTo(address)
      if (found.length < count) throw new Error(`${found.length} numéro(s) mailed to ${address}`)
      return found
    })
  }

  async function post<T>(who: Name, url: string, body: unknown = {}) {
    return await api.request<T>('POST', url, { as: demo.as[who], body })
  }

  beforeAll(async () => {
    smtp = await startSmtpServer()
    dataDir = await mkdtemp(join(tmpdir(), 'maillage-lettre-'))
    server = await startServer({
      auth: 'session',
      demoData: true,
      store: { kind: 'lowdb', dataDir },
      mail: {
        smtpUrl: smtp.url,
        from: 'Maillage <ne-pas-repondre@maillage.test>',
        pollIntervalMs: 50,
      },
    })
    api = createApiClient(server.httpUrl)
    demo = await signInDemoAccounts(api, NAMES)
    // A tool validated by the comité de pilotage.
    const proposed = await post<{ proposal: { id: string; title: string } }>(
      'lille',
      '/api/toolbox/proposals',
      PROPOSAL,
    )
    expect(proposed.status, proposed.text).toBe(201)
    toolTitle = proposed.body.proposal.title
    const transition = `/api/toolbox/proposals/${proposed.body.proposal.id}/transition`
    expect((await post('copil', transition, { to: 'en-examen' })).status).toBe(200)
    const validated = await post('copil', transition, {
      to: 'valide',
      rationale: 'Aucun outil existant ne cartographie les freins à la mobilité par commune.',
    })
    expect(validated.status, validated.text).toBe(200)
    // A veille item retained for the lettre.
    const item = await post<{ item: { id: string } }>('admin', '/api/veille', {
      title: VEILLE_TITLE,
      url: 'https://dares.travail-emploi.gouv.fr/metiers-en-tension-2026',
      source: 'DARES',
      publishedOn: '2026-11-20',
    })
    expect(item.status, item.text).toBe(201)
    const curated = await post('admin', `/api/veille/${item.body.item.id}/curation`, {
      status: 'publie',
      selectedForLettre: true,
    })
    expect(curated.status, curated.text).toBe(200)
    // A fiche action Lille puts forward: shared with all territories.
    const list = await api.request<{ documents: { id: string; kind: string; title: string }[] }>(
      'GET',
      '/api/spaces/clpe-59004/documents',
      { as: demo.as.lille },
    )
    const fiche = list.body.documents.find((document) => document.kind === 'fiche-action')
    if (fiche === undefined) throw new Error('no fiche action in Lille')
    ficheTitle = fiche.title
    const shared = await api.request('PATCH', `/api/documents/${fiche.id}`, {
      as: demo.as.admin,
      body: { sharedWithAll: true },
    })
    expect(shared.status, shared.text).toBe(200)
    // Lille and Lens subscribe; the admin and the lecteur do not.
    for (const who of ['lille', 'lens'] as const) {
      const subscribed = await api.request('PUT', '/api/me/preferences-mail', {
        as: demo.as[who],
        body: { preferences: { lettre: 'immediat' } },
      })
      expect(subscribed.status, subscribed.text).toBe(200)
    }
  })
  afterAll(async () => {
    await server.close()
    await smtp.close()
    await rm(dataDir, { recursive: true, force: true })
  })

  it('lets only the regional team prepare a numéro', async () => {
    for (const who of ['lille', 'lecteur', 'copil'] as const) {
      const refused = await post<ErrorBody>(who, '/api/lettres')
      expect(refused.status, who).toBe(403)
      expect(refused.body.error.code).toBe('AUTH_FORBIDDEN')
    }
    const tooLong = await post('admin', '/api/lettres', { titre: 'x'.repeat(201) })
    expect(tooLong.status).toBe(400)
  })

  it('assembles the next numéro from what happened since, each category linked to its source', async () => {
    const before = await api.request<LettreListView>('GET', '/api/lettres', { as: demo.as.admin })
    const highest = Math.max(0, ...before.body.drafts.map((draft) => draft.numero))
    const prepared = await post<LettrePreparedView>('admin', '/api/lettres')
    expect(prepared.status, prepared.text).toBe(201)
    first = prepared.body
    expect(first.numero).toBeGreaterThan(highest)
    const edition = await api.request<LettreEditionView>(
      'GET',
      `/api/lettres/${first.documentId}`,
      {
        as: demo.as.admin,
      },
    )
    expect(edition.status).toBe(200)
    expect(edition.body.published).toBe(false)
    const { headings, links } = read(edition.body.content)
    expect(headings).toEqual([
      'Nouveaux outils validés par le comité de pilotage',
      'Ateliers à venir',
      'Ateliers passés et replays',
      'Sujets supra-territoriaux',
      'Veille',
      'Fiches action mises en avant par les CLPE',
    ])
    const has = (label: string, href: RegExp): void => {
      expect(
        links.some((link) => link.startsWith(`${label} -> `) && href.test(link)),
        label,
      ).toBe(true)
    }
    has(toolTitle, /-> \/documents\//u)
    expect(links.filter((link) => / -> \/ateliers\//u.test(link)).length).toBeGreaterThanOrEqual(2)
    expect(links.some((link) => link.startsWith('Revoir le replay -> https://'))).toBe(true)
    expect(links.some((link) => / -> \/echanges\//u.test(link))).toBe(true)
    has(VEILLE_TITLE, /-> https:\/\/dares\.travail-emploi\.gouv\.fr\//u)
    has(ficheTitle, /-> \/documents\//u)
    // Nobody outside the team reads a numéro in preparation.
    const hidden = await api.request('GET', `/api/lettres/${first.documentId}`, {
      as: demo.as.lille,
    })
    expect(hidden.status).toBe(404)
  })

  it('publishes only a numéro proof-read since its last change, by the team, once', async () => {
    const url = `/api/lettres/${first.documentId}`
    const early = await post<ErrorBody>('admin', `${url}/publication`)
    expect(early.status).toBe(409)
    expect(early.body.error.details).toEqual({ raison: 'non-relue' })
    expect((await post<ErrorBody>('lille', `${url}/relecture`)).status).toBe(403)
    // An editor cannot forge the proof-reading: `meta` is the server's (4403, nothing applied).
    const forger = connectClient(
      server.syncUrl,
      first.documentId,
      syncCredentials(server, demo.as.admin),
    )
    const closeCodes: number[] = []
    forger.provider.on('connection-close', (event: { readonly code: number } | null) => {
      if (event !== null) closeCodes.push(event.code)
    })
    await whenSynced(forger)
    forger.doc.getMap('meta').set('relecture', {
      at: '2026-12-07T09:00:00.000Z',
      byId: demo.ids.admin,
      byName: 'Faussaire',
      fingerprint: 'faux',
    })
    await waitFor(() => {
      expect(closeCodes).toContain(CloseCode.Forbidden)
    })
    forger.destroy()
    const unchanged = await api.request<LettreListView>('GET', '/api/lettres', {
      as: demo.as.admin,
    })
    const forged = unchanged.body.drafts.find((entry) => entry.id === first.documentId)
    expect(forged?.proofreading).toBeUndefined()
    const proofread = await post<{ proofread: boolean }>('admin', `${url}/relecture`)
    expect(proofread.status, proofread.text).toBe(200)
    expect(proofread.body.proofread).toBe(true)
    // The proof-read state is a named version of the numéro's history.
    const history = await api.request<{ versions: { kind: string; name?: string }[] }>(
      'GET',
      `/api/documents/${first.documentId}/versions`,
      { as: demo.as.admin },
    )
    expect(history.status, history.text).toBe(200)
    expect(history.body.versions).toContainEqual(
      expect.objectContaining({ kind: 'nommee', name: 'Bon à diffuser' }),
    )

    // An edit after the proof-reading, by a co-editor connected live.
    const editor = connectClient(
      server.syncUrl,
      first.documentId,
      syncCredentials(server, demo.as.admin),
    )
    await whenSynced(editor)
    editor.doc.getText('title').insert(0, 'Spécial mobilité — ')
    await waitFor(async () => {
      const list = await api.request<LettreListView>('GET', '/api/lettres', { as: demo.as.admin })
      const draft = list.body.drafts.find((entry) => entry.id === first.documentId)
      expect(draft?.proofread).toBe(false)
    })
    editor.destroy()
    const stale = await post<ErrorBody>('admin', `${url}/publication`)
    expect(stale.status).toBe(409)
    expect(stale.body.error.details).toEqual({ raison: 'non-relue' })

    expect((await post('admin', `${url}/relecture`)).status).toBe(200)
    expect((await post<ErrorBody>('lille', `${url}/publication`)).status).toBe(403)
    const published = await post<LettrePublishedView>('admin', `${url}/publication`)
    expect(published.status, published.text).toBe(200)
    expect(published.body.mailsQueued).toBe(2)
    const again = await post<ErrorBody>('admin', `${url}/publication`)
    expect(again.status).toBe(409)
    expect(again.body.error.details).toEqual({ raison: 'deja-diffusee' })

    // Every member reads it in the archive.
    const archive = await api.request<LettreListView>('GET', '/api/lettres', {
      as: demo.as.lecteur,
    })
    expect(archive.body.canManage).toBe(false)
    expect(archive.body.drafts).toEqual([])
    expect(archive.body.editions[0]).toMatchObject({ id: first.documentId, numero: first.numero })
    const reading = await api.request<LettreEditionView>('GET', url, { as: demo.as.lecteur })
    expect(reading.status).toBe(200)
    expect(reading.body.title).toMatch(/^Spécial mobilité — Lettre d’information n° /u)
    expect(reading.body.published).toBe(true)
  })

  it('mails the numéro to each subscriber, HTML and text, with the one-click unsubscribe', async () => {
    const mails = new Map<string, CapturedMail>()
    for (const address of [LILLE, LENS]) {
      const [mail] = await waitForLettres(address, 1)
      if (mail === undefined) throw new Error(`no mail to ${address}`)
      mails.set(address, mail)
    }
    const mail = mails.get(LENS)
    if (mail === undefined) throw new Error('no mail to Lens')
    expect(mail.parsed.subject).toMatch(/^Spécial mobilité — Lettre d’information n° /u)
    const html = typeof mail.parsed.html === 'string' ? mail.parsed.html : ''
    expect(html).toContain('<html lang="fr">')
    expect(html).toMatch(/<h2[^>]*>Veille<\/h2>/u)
    expect(html).toContain(VEILLE_TITLE)
    expect(html).toContain(`href="${server.httpUrl}/lettre/${first.documentId}"`)
    expect(mail.parsed.text).toContain('Ateliers à venir')
    expect(mail.parsed.text).toContain(`${toolTitle} (${server.httpUrl}/documents/`)
    expect(headerOf(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')
    expect(lettresTo('admin@demo.maillage.fr')).toEqual([])
    expect(lettresTo('lecteur@demo.maillage.fr')).toEqual([])

    // Lens unsubscribes in one click, as a mail provider posts it (RFC 8058): no session.
    const target = headerOf(mail, 'List-Unsubscribe').slice(1, -1)
    const posted = await fetch(target, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://webmail.example',
      },
      body: 'List-Unsubscribe=One-Click',
    })
    expect(posted.status, await posted.clone().text()).toBe(200)

    const next = await post<LettrePreparedView>('admin', '/api/lettres')
    expect(next.body.numero).toBe(first.numero + 1)
    expect((await post('admin', `/api/lettres/${next.body.documentId}/relecture`)).status).toBe(200)
    const published = await post<LettrePublishedView>(
      'admin',
      `/api/lettres/${next.body.documentId}/publication`,
    )
    expect(published.body.mailsQueued).toBe(1)
    // The queue sends in order: once Lille's second numéro arrived, Lens's would have too.
    await waitForLettres(LILLE, 2)
    expect(lettresTo(LENS)).toHaveLength(1)
  })
})
