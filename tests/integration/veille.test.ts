import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type StoreConfig, type TestDatabase } from '@maillage/server'
import type { VeilleFeedView, VeilleItemView, VeilleListView } from '@maillage/protocol'
import { DEMO_PASSWORD, createApiClient, type ApiClient } from '../helpers/apiClient.ts'
import { signInDemoAccounts, type DemoAccounts } from '../helpers/signInDemoAccounts.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { parseFeedXml, proposeVeille, textOf, veilleBody } from '../helpers/veilleFixture.ts'

type ErrorBody = { error: { code: string; details?: Record<string, string> } }
type Name = 'admin' | 'lille' | 'lens' | 'copil' | 'lecteur'
const NAMES: readonly Name[] = ['admin', 'lille', 'lens', 'copil', 'lecteur']

interface StoreCase {
  readonly name: string
  open(): Promise<{ store: StoreConfig; close: () => Promise<void> }>
}

const STORES: readonly StoreCase[] = [
  {
    name: 'the embedded store',
    open: () => Promise.resolve({ store: { kind: 'memory' }, close: () => Promise.resolve() }),
  },
  {
    name: 'PostgreSQL',
    open: async () => {
      const database: TestDatabase = await createTestDatabase()
      return {
        store: { kind: 'postgres', url: database.url },
        close: () => database.drop(),
      }
    },
  },
]

describe.each(STORES)('the veille on $name', (storeCase) => {
  let server: TestServer
  let closeStore: () => Promise<void>
  let api: ApiClient
  let demo: DemoAccounts<Name>

  beforeAll(async () => {
    const opened = await storeCase.open()
    closeStore = opened.close
    server = await startServer({ auth: 'session', demoData: true, store: opened.store })
    api = createApiClient(server.httpUrl)
    demo = await signInDemoAccounts(api, NAMES)
  })
  afterAll(async () => {
    await server.close()
    await closeStore()
  })

  const list = async (name: Name, query = ''): Promise<VeilleListView> => {
    const response = await api.request<VeilleListView>('GET', `/api/veille${query}`, {
      as: demo.as[name],
    })
    expect(response.status).toBe(200)
    return response.body
  }
  const ids = async (name: Name, query = ''): Promise<string[]> =>
    (await list(name, query)).items.map((item) => item.id)
  const curate = (name: Name, id: string, body: unknown) =>
    api.request<{ item: VeilleItemView }>('POST', `/api/veille/${id}/curation`, {
      as: demo.as[name],
      body,
    })

  it('starts a demo workspace with a curated veille: published items, three for the lettre, proposals', async () => {
    const published = await list('lecteur', '?statut=publie')
    expect(published.total).toBeGreaterThanOrEqual(9)
    expect(published.items.map((item) => item.source)).toContain('Dares')
    expect((await list('lecteur', '?lettre=oui')).total).toBe(3)
    const own = await list('lens', '?statut=propose')
    expect(own.items.every((item) => item.addedBy.id === demo.ids.lens)).toBe(true)
    expect(own.total).toBeGreaterThanOrEqual(1)
  })

  it('lets a CLPE member propose, shows the proposal to its author and curators only, then all once published', async () => {
    const item = await proposeVeille(api, demo.as.lille, veilleBody('proposition'))
    expect(item).toMatchObject({
      status: 'propose',
      selectedForLettre: false,
      canEdit: true,
      canCurate: false,
    })
    expect(item.addedBy.id).toBe(demo.ids.lille)
    expect(await ids('lille')).toContain(item.id)
    expect(await ids('admin')).toContain(item.id)
    expect(await ids('lens')).not.toContain(item.id)
    expect(await ids('copil')).not.toContain(item.id)

    const refused = await curate('lille', item.id, { status: 'publie' })
    expect(refused.status).toBe(403)
    expect((await curate('lens', item.id, { status: 'publie' })).status).toBe(404)

    const published = await curate('admin', item.id, { status: 'publie', selectedForLettre: true })
    expect(published.status).toBe(200)
    expect(published.body.item).toMatchObject({ status: 'publie', selectedForLettre: true })
    expect(published.body.item.curatedBy?.id).toBe(demo.ids.admin)
    expect(await ids('lens')).toContain(item.id)
    expect(await ids('lecteur', '?lettre=oui')).toContain(item.id)
  })

  it('lets the author edit their proposal, not once published; curators edit anything', async () => {
    const item = await proposeVeille(
      api,
      demo.as.lens,
      veilleBody('edition', { territories: ['62'] }),
    )
    const edited = await api.request<{ item: VeilleItemView }>('PATCH', `/api/veille/${item.id}`, {
      as: demo.as.lens,
      body: { title: 'Titre corrigé par son auteur' },
    })
    expect(edited.status).toBe(200)
    expect(edited.body.item.title).toBe('Titre corrigé par son auteur')
    expect(
      (
        await api.request('PATCH', `/api/veille/${item.id}`, {
          as: demo.as.lille,
          body: { title: 'x' },
        })
      ).status,
    ).toBe(404)

    expect((await curate('admin', item.id, { status: 'publie' })).status).toBe(200)
    const late = await api.request('PATCH', `/api/veille/${item.id}`, {
      as: demo.as.lens,
      body: { title: 'Trop tard' },
    })
    expect(late.status).toBe(403)
    const byCurator = await api.request<{ item: VeilleItemView }>(
      'PATCH',
      `/api/veille/${item.id}`,
      {
        as: demo.as.admin,
        body: { summary: 'Résumé revu par l’équipe régionale.' },
      },
    )
    expect(byCurator.body.item.summary).toBe('Résumé revu par l’équipe régionale.')
  })

  it('refuses a second item for the same page, however its address is spelled, naming the first', async () => {
    const first = await proposeVeille(api, demo.as.lille, veilleBody('doublon'))
    const second = await api.request<ErrorBody>('POST', '/api/veille', {
      as: demo.as.lens,
      body: veilleBody('autre', {
        url: 'http://WWW.etudes.exemple.fr/notes/doublon/?utm_source=lettre#haut',
      }),
    })
    expect(second.status).toBe(409)
    expect(second.body.error.code).toBe('VEILLE_DUPLICATE')
    expect(second.body.error.details).toMatchObject({
      existingId: first.id,
      existingPath: `/veille?element=${first.id}`,
    })
  })

  it('only selects published items for the lettre, and unselects an item set aside', async () => {
    const item = await proposeVeille(api, demo.as.lille, veilleBody('selection'))
    const early = await curate('admin', item.id, { selectedForLettre: true })
    expect(early.status).toBe(409)
    await curate('admin', item.id, { status: 'publie', selectedForLettre: true })
    const setAside = await curate('admin', item.id, { status: 'ecarte' })
    expect(setAside.body.item).toMatchObject({ status: 'ecarte', selectedForLettre: false })
    expect(await ids('lens')).not.toContain(item.id)
  })

  it('lets the editors of the espace régional curate, not the members of other spaces', async () => {
    const item = await proposeVeille(api, demo.as.lille, veilleBody('equipe-regionale'))
    expect((await curate('copil', item.id, { status: 'publie' })).status).toBe(404)
    const granted = await api.request(
      'PUT',
      `/api/spaces/espace-regional/members/${demo.ids.copil}`,
      {
        as: demo.as.admin,
        body: { role: 'contributeur' },
      },
    )
    expect(granted.status).toBe(200)
    const copil = await api.signIn('copil@demo.maillage.fr')
    const published = await api.request<{ item: VeilleItemView }>(
      'POST',
      `/api/veille/${item.id}/curation`,
      {
        as: copil.credential,
        body: { status: 'publie' },
      },
    )
    expect(published.status).toBe(200)
    expect(
      (await api.request('DELETE', `/api/veille/${item.id}`, { as: demo.as.lille })).status,
    ).toBe(403)
    expect(
      (await api.request('DELETE', `/api/veille/${item.id}`, { as: copil.credential })).status,
    ).toBe(204)
    expect(await ids('admin')).not.toContain(item.id)
    await api.request('DELETE', `/api/spaces/espace-regional/members/${demo.ids.copil}`, {
      as: demo.as.admin,
    })
  })

  it('filters by thématique, territoire, source, période and statut', async () => {
    const mobilite = await proposeVeille(
      api,
      demo.as.lille,
      veilleBody('filtre-mobilite', {
        thematiques: ['mobilite'],
        territories: ['clpe-59004'],
        source: 'Région Hauts-de-France',
        publishedOn: '2019-02-10',
      }),
    )
    const somme = await proposeVeille(
      api,
      demo.as.lille,
      veilleBody('filtre-somme', {
        thematiques: ['formation'],
        territories: ['80'],
        source: 'Observatoire de la Somme',
        publishedOn: '2019-03-15',
      }),
    )
    for (const item of [mobilite, somme]) await curate('admin', item.id, { status: 'publie' })
    expect(await ids('lens', '?thematique=mobilite')).toContain(mobilite.id)
    expect(await ids('lens', '?thematique=mobilite')).not.toContain(somme.id)
    expect(await ids('lens', '?territoire=59')).toContain(mobilite.id)
    expect(await ids('lens', '?territoire=59')).not.toContain(somme.id)
    expect(await ids('lens', '?source=somme')).toEqual([somme.id])
    expect(await ids('lens', '?du=2019-03-01&au=2019-03-31')).toEqual([somme.id])
    const proposed = await proposeVeille(api, demo.as.lens, veilleBody('filtre-statut'))
    expect(await ids('admin', '?statut=propose')).toContain(proposed.id)
    expect(await ids('admin', '?statut=propose')).not.toContain(somme.id)
    const bad = await api.request('GET', '/api/veille?territoire=partout&limite=100000', {
      as: demo.as.lens,
    })
    expect(bad.status).toBe(400)
  })

  it('refuses invalid items with French messages per field', async () => {
    const response = await api.request<ErrorBody>('POST', '/api/veille', {
      as: demo.as.lille,
      body: veilleBody('invalide', {
        url: 'javascript:alert(1)',
        territories: ['partout'],
        title: '',
      }),
    })
    expect(response.status).toBe(400)
    expect(response.body.error.code).toBe('VALIDATION_FAILED')
    expect(Object.keys(response.body.error.details ?? {}).sort()).toEqual([
      'territories.0',
      'title',
      'url',
    ])
    expect((await api.request('POST', '/api/veille', { body: veilleBody('anonyme') })).status).toBe(
      401,
    )
  })

  it('serves an Atom feed with every element RFC 4287 requires, and an RSS 2.0 feed, of published items only', async () => {
    const published = await proposeVeille(
      api,
      demo.as.lille,
      veilleBody('flux-publie', { thematiques: ['numerique'] }),
    )
    await curate('admin', published.id, { status: 'publie' })
    const hidden = await proposeVeille(api, demo.as.lille, veilleBody('flux-propose'))

    const atom = await api.request('GET', '/api/veille/flux.atom?thematique=numerique', {
      as: demo.as.lens,
    })
    expect(atom.status).toBe(200)
    expect(atom.headers.get('content-type')).toContain('application/atom+xml')
    const feed = parseFeedXml(atom.text)['feed'] as Record<string, unknown>
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom')
    for (const required of ['id', 'title', 'updated', 'author'])
      expect(feed[required], required).toBeDefined()
    expect(Date.parse(String(feed['updated']))).not.toBeNaN()
    const entries = feed['entry'] as Record<string, unknown>[]
    expect(entries.map((entry) => textOf(entry['title']))).toEqual([published.title])
    for (const entry of entries) {
      for (const required of ['id', 'title', 'updated', 'link'])
        expect(entry[required], required).toBeDefined()
      expect(Date.parse(String(entry['updated']))).not.toBeNaN()
      const links = entry['link'] as Record<string, string>[]
      expect(links.map((link) => link['@_href'])).toContain(published.url)
    }
    expect(atom.text).not.toContain(hidden.title)

    const rss = await api.request('GET', '/api/veille/flux.rss', { as: demo.as.lens })
    expect(rss.headers.get('content-type')).toContain('application/rss+xml')
    const root = parseFeedXml(rss.text)['rss'] as Record<string, unknown>
    expect(root['@_version']).toBe('2.0')
    const channel = root['channel'] as Record<string, unknown>
    for (const required of ['title', 'link', 'description'])
      expect(channel[required], required).toBeDefined()
    const items = channel['item'] as Record<string, unknown>[]
    const ours = items.find((item) => textOf((item['link'] as unknown[])[0]) === published.url)
    expect(textOf(ours?.['title'])).toBe(published.title)
    expect(ours?.['pubDate']).toBeDefined()
    expect(items.some((item) => textOf(item['title']) === hidden.title)).toBe(false)
  })

  it('gives each person a secret feed address that works without a cookie until revoked', async () => {
    const noCookie = await api.request('GET', '/api/veille/flux.atom')
    expect(noCookie.status).toBe(401)
    const created = await api.request<VeilleFeedView>('POST', '/api/veille/flux', {
      as: demo.as.lens,
    })
    expect(created.status).toBe(201)
    expect(created.body.atomUrl.startsWith(`${server.httpUrl}/api/veille/flux.atom?jeton=`)).toBe(
      true,
    )
    const feed = await fetch(`${created.body.atomUrl}&territoire=62`)
    expect(feed.status).toBe(200)
    expect(await feed.text()).toContain('<feed')
    expect((await fetch(created.body.rssUrl)).status).toBe(200)
    expect(
      (await api.request<{ active: boolean }>('GET', '/api/veille/flux', { as: demo.as.lens })).body
        .active,
    ).toBe(true)
    expect((await api.request('DELETE', '/api/veille/flux', { as: demo.as.lens })).status).toBe(204)
    const revoked = await fetch(created.body.atomUrl)
    expect(revoked.status).toBe(404)
    expect(await revoked.text()).toContain('révoquée')
  })

  it('limits the feed addresses one account creates to 20 an hour', async () => {
    const statuses: number[] = []
    for (let index = 0; index < 21; index += 1) {
      statuses.push((await api.request('POST', '/api/veille/flux', { as: demo.as.copil })).status)
    }
    expect(statuses.slice(0, 20).every((status) => status === 201)).toBe(true)
    expect(statuses[20]).toBe(429)
  })

  it('stops serving the feed address of an account once deleted', async () => {
    const departing = await api.signIn('lille2@demo.maillage.fr')
    const created = await api.request<VeilleFeedView>('POST', '/api/veille/flux', {
      as: departing.credential,
    })
    expect((await fetch(created.body.atomUrl)).status).toBe(200)
    const deleted = await api.request('DELETE', '/api/me', {
      as: departing.credential,
      body: { confirmation: 'SUPPRIMER', password: DEMO_PASSWORD },
    })
    expect(deleted.status).toBe(204)
    expect((await fetch(created.body.atomUrl)).status).toBe(404)
  })

  it('audits proposals and curation', async () => {
    const item = await proposeVeille(api, demo.as.lille, veilleBody('audit'))
    await curate('admin', item.id, { status: 'publie' })
    const audit = await api.request<{ entries: { action: string; target?: string }[] }>(
      'GET',
      '/api/audit',
      { as: demo.as.admin },
    )
    const actions = audit.body.entries
      .filter((entry) => entry.target === item.id)
      .map((entry) => entry.action)
    expect(actions).toEqual(['veille.proposed', 'veille.curated'])
  })

  it('limits one account to 30 items proposed an hour', async () => {
    const lecteur = demo.as.lecteur
    const answers = []
    for (let index = 0; index < 31; index += 1) {
      const response = await api.request('POST', '/api/veille', {
        as: lecteur,
        body: veilleBody(`rythme-${index}`),
      })
      answers.push(response.status)
    }
    expect(answers.slice(0, 30).every((status) => status === 201)).toBe(true)
    expect(answers[30]).toBe(429)
  })
})
