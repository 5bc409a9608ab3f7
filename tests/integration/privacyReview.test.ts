import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CommentThreadView, VersionSummaryView } from '@maillage/protocol'
import { AVIS_ADOPTION_META_KEY, readAvisAdoption } from '@maillage/schema'
import { createApiClient, DEMO_PASSWORD, type ApiClient } from '../helpers/apiClient.ts'
import {
  connectEditorClient,
  whenEditorSynced,
  type EditorSyncClient,
} from '../helpers/editorSyncClient.ts'
import { signInDemoAccounts, type DemoAccounts } from '../helpers/signInDemoAccounts.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { syncCredentials } from '../helpers/syncAccess.ts'
import { proposeVeille, veilleBody } from '../helpers/veilleFixture.ts'
import { waitFor } from '../helpers/waitFor.ts'

// The RGPD rights over what today's features keep of a person: comments, suggestions in the rich
// text, the adoption of an avis, named versions and the veille. Nadia (lille@) works on an avis of
// the CoRE with the admin (its animateur); then she exports her data and deletes her account.

type Name = 'admin' | 'lille'
const CORE = 'core'
const FORMER = 'ancien membre'
const SUGGESTED = 'une phrase proposée par Nadia'

describe('RGPD: comments, suggestions, avis adoption, versions and veille', () => {
  let dataDir: string
  let server: TestServer
  let api: ApiClient
  let demo: DemoAccounts<Name>
  let avisId: string
  let lilleName: string
  let adminName: string
  let threadId: string
  const clients: EditorSyncClient[] = []
  const texts = {
    comment: 'La date limite me semble trop proche,',
    reply: 'Je demande un report,',
    objection: 'Le troisième point reste à préciser avec les financeurs.',
  }

  async function connect(name: Name): Promise<EditorSyncClient> {
    const { headers } = syncCredentials(server, demo.as[name])
    const client = connectEditorClient(server.syncUrl, avisId, headers)
    clients.push(client)
    await whenEditorSynced(client)
    return client
  }
  async function others(): Promise<string[]> {
    const accounts = await server.server.metadata.listAccounts()
    return accounts
      .filter((account) => account.id !== demo.ids.lille)
      .flatMap((account) => [account.email, account.name])
  }
  const ok = (status: number, expected: number, text: string): void => {
    expect(status, text).toBe(expected)
  }

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'maillage-privacy-review-'))
    server = await startServer({
      auth: 'session',
      demoData: true,
      store: { kind: 'lowdb', dataDir },
    })
    api = createApiClient(server.httpUrl)
    demo = await signInDemoAccounts(api, ['admin', 'lille'])
    const metadata = server.server.metadata
    lilleName = (await metadata.findAccountById(demo.ids.lille))?.name ?? ''
    adminName = (await metadata.findAccountById(demo.ids.admin))?.name ?? ''
    expect(lilleName).not.toBe('')
    // Nadia writes in the CoRE and curates the veille with the regional team.
    for (const space of [CORE, 'espace-regional']) {
      const joined = await api.request('PUT', `/api/spaces/${space}/members/${demo.ids.lille}`, {
        as: demo.as.admin,
        body: { role: 'contributeur' },
      })
      ok(joined.status, 200, joined.text)
    }
    const created = await api.request<{ document: { id: string } }>(
      'POST',
      `/api/spaces/${CORE}/documents`,
      { as: demo.as.lille, body: { kind: 'avis', title: 'Avis sur le SPRO 2027' } },
    )
    ok(created.status, 201, created.text)
    avisId = created.body.document.id
  })
  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server.close()
    await rm(dataDir, { recursive: true, force: true })
  })

  it('lists her comments, avis positions, named versions and veille in « Mes données », nobody else’s', async () => {
    const comments = `/api/documents/${avisId}/commentaires`
    const opened = await api.request<CommentThreadView>('POST', comments, {
      as: demo.as.lille,
      body: {
        ancre: { type: 'champ', field: 'objet' },
        texte: `${texts.comment} @${adminName} ?`,
        mentions: [demo.ids.admin],
      },
    })
    ok(opened.status, 201, opened.text)
    threadId = opened.body.id
    const replied = await api.request('POST', `${comments}/${threadId}/reponses`, {
      as: demo.as.admin,
      body: { texte: `${texts.reply} @${lilleName}.`, mentions: [demo.ids.lille] },
    })
    ok(replied.status, 201, replied.text)
    const resolved = await api.request('PUT', `${comments}/${threadId}/statut`, {
      as: demo.as.lille,
      body: { statut: 'resolu' },
    })
    ok(resolved.status, 200, resolved.text)

    // A suggestion of hers in the rich text, as the editor writes it (an insertion mark).
    const nadia = await connect('lille')
    const paragraph = new Y.XmlElement('paragraph')
    const text = new Y.XmlText()
    paragraph.insert(0, [text])
    nadia.doc.getXmlFragment('body').insert(0, [paragraph])
    text.insert(0, SUGGESTED, {
      insertion: {
        id: 'suggestion-nadia-1',
        authorId: demo.ids.lille,
        authorName: lilleName,
        at: '2026-12-07T09:00:00.000Z',
      },
    })

    const named = await api.request('POST', `/api/documents/${avisId}/versions`, {
      as: demo.as.lille,
      body: { nom: 'Avant la séance du CoRE' },
    })
    ok(named.status, 201, named.text)
    const adoption = (action: string, name: Name, body?: unknown) =>
      api.request('POST', `/api/documents/${avisId}/adoption${action}`, {
        as: demo.as[name],
        ...(body === undefined ? {} : { body }),
      })
    const submitted = await adoption('/soumission', 'lille')
    ok(submitted.status, 200, submitted.text)
    const approved = await adoption('/positions', 'lille', {
      position: 'objection',
      commentaire: texts.objection,
    })
    ok(approved.status, 200, approved.text)
    const admins = await adoption('/positions', 'admin', {
      position: 'objection',
      commentaire: 'Objection de l’animateur, à ne pas exporter.',
    })
    ok(admins.status, 200, admins.text)
    ok((await adoption('/positions', 'admin', { position: 'approbation' })).status, 200, '')
    ok((await adoption('/positions', 'lille', { position: 'approbation' })).status, 200, '')
    const adopted = await adoption('/adoption', 'admin')
    ok(adopted.status, 200, adopted.text)

    const proposed = await proposeVeille(api, demo.as.lille, veilleBody('rgpd-nadia'))
    const adminsItem = await proposeVeille(api, demo.as.admin, veilleBody('rgpd-equipe'))
    const curated = await api.request('POST', `/api/veille/${adminsItem.id}/curation`, {
      as: demo.as.lille,
      body: { status: 'publie' },
    })
    ok(curated.status, 200, curated.text)
    const feed = await api.request('POST', '/api/veille/flux', { as: demo.as.lille })
    ok(feed.status, 201, feed.text)

    const response = await api.request('GET', '/api/me/donnees', { as: demo.as.lille })
    ok(response.status, 200, response.text)
    const data = JSON.parse(response.text) as {
      contributions: {
        commentaires: { document: string; texte: string; lien: string }[]
        adoptionsAvis: { titre: string; precisions: string }[]
        versionsNommees: { titre: string; precisions: string; lien: string }[]
        veille: { titre: string; precisions: string }[]
      }
      abonnementsVeille: { creeLe: string }[]
    }
    const { contributions } = data
    expect(contributions.commentaires).toEqual([
      {
        document: 'Avis sur le SPRO 2027',
        le: expect.any(String) as string,
        texte: `${texts.comment} @personne mentionnée ?`,
        lien: expect.stringMatching(
          new RegExp(`/documents/${avisId}#commentaire-${threadId}$`),
        ) as string,
      },
    ])
    expect(contributions.adoptionsAvis.map((line) => line.precisions)).toEqual([
      'Avis soumis à l’adoption par vous',
      'Votre position : approbation',
    ])
    expect(contributions.versionsNommees.map((line) => line.precisions)).toEqual([
      'Version nommée : Version soumise à l’adoption',
      'Version nommée : Avant la séance du CoRE',
    ])
    expect(contributions.versionsNommees[0]?.lien).toMatch(
      new RegExp(`/documents/${avisId}/historique$`),
    )
    // The demo's own items she proposed are listed too.
    const veilleLines = contributions.veille.map((line) => [
      line.titre,
      line.precisions.split(' — ')[0],
    ])
    expect(veilleLines).toContainEqual([proposed.title, 'Proposé par vous'])
    expect(veilleLines).toContainEqual([adminsItem.title, 'Retenu ou écarté par vous'])
    expect(data.abonnementsVeille).toHaveLength(1)
    // Nothing of anyone else: not the admin's reply nor objection, not a name nor an address.
    expect(response.text).not.toContain(texts.reply)
    expect(response.text).not.toContain('Objection de l’animateur')
    for (const personal of await others()) expect(response.text).not.toContain(personal)

    const html = await api.request('GET', '/api/me/donnees.html', { as: demo.as.lille })
    ok(html.status, 200, html.text)
    for (const heading of [
      'Commentaires sur les documents',
      'Adoption des avis : vos positions, soumissions et adoptions',
      'Versions nommées de documents',
      'Éléments de veille proposés ou retenus par vous',
      'Adresses de vos flux de veille',
    ]) {
      expect(html.text).toContain(`${heading}</h`)
    }
    expect(html.text).toContain(`${texts.comment} @personne mentionnée ?`)
    expect(html.text).toContain(proposed.title)
    for (const personal of await others()) expect(html.text).not.toContain(personal)
  })

  it('after the deletion, the avis’s Y.Doc, the version records and the veille keep « ancien membre », not her name', async () => {
    const reader = await connect('admin')
    const deleted = await api.request('DELETE', '/api/me', {
      as: demo.as.lille,
      body: { confirmation: 'SUPPRIMER', password: DEMO_PASSWORD },
    })
    ok(deleted.status, 204, deleted.text)
    const former = { id: demo.ids.lille, name: FORMER }

    // Live, to the admin who has the avis open: comments, suggestion and adoption renamed.
    await waitFor(() => {
      const thread = reader.doc.getMap<CommentThreadView>('comments').get(threadId)
      expect(thread?.resolvedBy).toEqual(former)
      expect(thread?.messages.map((message) => message.author)).toEqual([
        former,
        { id: demo.ids.admin, name: adminName },
      ])
      expect(thread?.messages[1]?.text).toBe(`${texts.reply} @${FORMER}.`)
      const adoption = readAvisAdoption(reader.doc.getMap('meta').get(AVIS_ADOPTION_META_KEY))
      expect(adoption.submittedBy).toEqual(former)
      expect(adoption.positions.map((entry) => entry.account)).toContainEqual(former)
      expect(adoption.approvers).toContainEqual(former)
    })
    const body = reader.doc.getXmlFragment('body')
    const paragraph = body.toArray().find((node) => node instanceof Y.XmlElement)
    const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null
    expect(text instanceof Y.XmlText ? text.toDelta() : null).toEqual([
      {
        insert: SUGGESTED,
        attributes: {
          insertion: {
            id: 'suggestion-nadia-1',
            authorId: demo.ids.lille,
            authorName: FORMER,
            at: '2026-12-07T09:00:00.000Z',
          },
        },
      },
    ])
    const current = JSON.stringify({
      comments: reader.doc.getMap('comments').toJSON(),
      meta: reader.doc.getMap('meta').toJSON(),
      body: body.toJSON(),
    })
    expect(current).not.toContain(lilleName)

    // A fresh reader gets the same from the stored document.
    const later = await connect('admin')
    expect(JSON.stringify(later.doc.getMap('comments').toJSON())).not.toContain(lilleName)

    // Version records hold account ids only: the history names her « Ancien membre ».
    const index = await readFile(join(dataDir, 'versions', avisId, 'index.json'), 'utf8')
    expect(index).toContain(demo.ids.lille)
    expect(index).not.toContain(lilleName)
    const listed = await api.request<{ versions: VersionSummaryView[] }>(
      'GET',
      `/api/documents/${avisId}/versions`,
      { as: demo.as.admin },
    )
    ok(listed.status, 200, listed.text)
    const hers = listed.body.versions.flatMap((version) =>
      version.authors.filter((author) => author.id === demo.ids.lille),
    )
    expect(hers.length).toBeGreaterThan(0)
    for (const author of hers) expect(author.name).toBe('Ancien membre')

    // The veille: her items and curation renamed, her feed address revoked.
    const metadata = server.server.metadata
    const items = await metadata.veille.listItems()
    const added = items.filter((item) => item.addedBy.id === demo.ids.lille)
    const curated = items.filter((item) => item.curatedBy?.id === demo.ids.lille)
    expect(added.length).toBeGreaterThan(0)
    expect(curated.length).toBeGreaterThan(0)
    for (const item of added) expect(item.addedBy.name).toBe('Ancien membre')
    for (const item of curated) expect(item.curatedBy?.name).toBe('Ancien membre')
    expect(JSON.stringify(items)).not.toContain(lilleName)
    const feeds = await metadata.veille.listFeedsOf(demo.ids.lille)
    expect(feeds).toHaveLength(1)
    expect(feeds.every((feed) => feed.revokedAt !== undefined)).toBe(true)
  })
})
