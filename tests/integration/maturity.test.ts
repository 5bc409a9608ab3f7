import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CloseCode } from '@maillage/protocol'
import {
  MATURITY_SUBMITTED_META_KEY,
  maturityFieldNames,
  readMaturitySubmission,
  type MaturityCampaignsView,
  type MaturityDocumentView,
  type MaturitySubmissionView,
} from '@maillage/schema'
import { createApiClient, type ApiClient } from '../helpers/apiClient.ts'
import {
  QUESTION_IDS,
  addEvidence,
  chooseLevels,
  dayAfter,
  justify,
  maturityPath,
  openCampaign,
  parisDay,
  spaceMaturity,
} from '../helpers/maturityFixture.ts'
import { signInDemoAccounts, type DemoAccounts } from '../helpers/signInDemoAccounts.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { probeSyncAccess, syncCredentials } from '../helpers/syncAccess.ts'
import { connectClient, whenSynced, type SyncClient } from '../helpers/syncClient.ts'
import { waitFor } from '../helpers/waitFor.ts'

// The démarche de progression end to end: the regional team opens a campaign, two members of CLPE
// Lille Métropole fill the grid together live, a claim without proof is refused, the submission
// freezes a profile, closing archives the document, and the progression lists the profiles.

const LILLE = 'clpe-59004'
const LENS = 'clpe-62005'
const [FIRST = '', SECOND = '', ...OTHERS] = QUESTION_IDS
const [THIRD = ''] = OTHERS

interface ApiError {
  code: string
  message: string
  details?: Record<string, string>
}

describe('a campaign of the démarche de progression', () => {
  let server: TestServer
  let api: ApiClient
  let demo: DemoAccounts<'admin' | 'lille' | 'lille2' | 'lens' | 'lecteur'>
  let campaignId: string
  let documentId: string
  const clients: SyncClient[] = []

  function connect(name: 'lille' | 'lille2'): SyncClient {
    const client = connectClient(server.syncUrl, documentId, syncCredentials(server, demo.as[name]))
    clients.push(client)
    return client
  }
  const submit = (name: 'lille' | 'lille2') =>
    api.request<MaturitySubmissionView & { error?: ApiError }>(
      'POST',
      maturityPath(LILLE, campaignId, 'soumission'),
      { as: demo.as[name] },
    )

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
    demo = await signInDemoAccounts(api, ['admin', 'lille', 'lille2', 'lens', 'lecteur'])
    const today = parisDay(Date.now())
    const campaign = await openCampaign(api, demo.as.admin, {
      title: 'Démarche de progression — essai',
      opensAt: today,
      closesAt: dayAfter(today, 30),
    })
    campaignId = campaign.id
    expect(campaign).toMatchObject({ status: 'ouverte', submittedCount: 0, targetCount: 26 })
    expect(campaign.spaces).toHaveLength(26)
  })
  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server.close()
  })

  it('gives two members opening it at the same moment one document of their CLPE', async () => {
    const opened = await Promise.all(
      (['lille', 'lille2', 'lille', 'lille2'] as const).map((name) =>
        api.request<MaturityDocumentView>('POST', maturityPath(LILLE, campaignId), {
          as: demo.as[name],
        }),
      ),
    )
    const ids = new Set(opened.map((answer) => answer.body.documentId))
    expect(opened.map((answer) => answer.status)).toEqual([200, 200, 200, 200])
    expect(ids.size).toBe(1)
    documentId = [...ids][0] ?? ''
    const document = await api.request<{ document: { kind: string; spaceId: string } }>(
      'GET',
      `/api/documents/${documentId}`,
      { as: demo.as.lille },
    )
    expect(document.body.document).toMatchObject({ kind: 'auto-evaluation', spaceId: LILLE })
    const view = await spaceMaturity(api, demo.as.lille, LILLE)
    const entry = view.campaigns.find((found) => found.campaign.id === campaignId)
    expect(entry).toMatchObject({ documentId, submittedAt: null, profile: null })
    expect(view).toMatchObject({ canEdit: true, canSubmit: true })
  })

  it('refuses a grid with unanswered questions, naming them', async () => {
    const nadia = connect('lille')
    await whenSynced(nadia)
    chooseLevels(nadia.doc, { [FIRST]: 2 })
    await waitFor(async () => {
      const refused = await submit('lille')
      expect(refused.status).toBe(422)
      expect(refused.body.error?.details?.[FIRST]).toBeUndefined()
    })
    const refused = await submit('lille')
    expect(refused.body.error?.code).toBe('MATURITY_INCOMPLETE')
    expect(refused.body.error?.message).toContain('Choisissez un niveau pour 19 questions')
    expect(Object.keys(refused.body.error?.details ?? {}).sort()).toEqual(
      [SECOND, ...OTHERS].sort(),
    )
  })

  it('refuses a level of 3 or 4 that neither a justification nor a preuve backs', async () => {
    const [nadia] = clients
    const elodie = connect('lille2')
    await whenSynced(elodie)
    if (nadia === undefined) throw new Error('Nadia is connected by the test before')
    // Nadia chooses every level, then Élodie claims a 3 and a 4 without proof.
    chooseLevels(nadia.doc, Object.fromEntries(OTHERS.map((id) => [id, 2 as const])))
    chooseLevels(elodie.doc, { [FIRST]: 3, [SECOND]: 4 })
    await waitFor(async () => {
      const refused = await submit('lille')
      expect(Object.keys(refused.body.error?.details ?? {}).sort()).toEqual([FIRST, SECOND].sort())
    })
    const refused = await submit('lille2')
    expect(refused.status).toBe(422)
    expect(refused.body.error?.message).toContain('Justifiez ou appuyez d’une preuve 2 niveaux')

    // A justification typed by Élodie backs the 4; a preuve added by Nadia backs the 3.
    justify(elodie.doc, SECOND, 'Relevé de décisions tenu et repris à chaque séance.')
    await waitFor(async () => {
      const refused = await submit('lille')
      expect(Object.keys(refused.body.error?.details ?? {})).toEqual([FIRST])
    })
    addEvidence(nadia.doc, FIRST, documentId)
    await waitFor(async () => {
      expect((await submit('lille2')).status).toBe(200)
    })
  })

  it('freezes the profile, marks the document « soumise » live and counts the CLPE', async () => {
    const [nadia] = clients
    const submitted = await submit('lille')
    expect(submitted.status).toBe(200)
    expect(submitted.body.profile.complete).toBe(true)
    expect(submitted.body.profile.themes).toHaveLength(4)
    await waitFor(() => {
      expect(nadia?.doc.getMap('fields').get('statut')).toBe('soumise')
    })
    await waitFor(async () => {
      const indexed = await api.request<{ document: { status?: string } }>(
        'GET',
        `/api/documents/${documentId}`,
        { as: demo.as.lille },
      )
      expect(indexed.body.document.status).toBe('soumise')
    })
    const view = await spaceMaturity(api, demo.as.lecteur, LILLE)
    const entry = view.campaigns.find((found) => found.campaign.id === campaignId)
    expect(entry).toMatchObject({
      documentId,
      submittedAt: submitted.body.submittedAt,
      submittedByName: 'Nadia Benali',
      profile: submitted.body.profile,
    })
    expect(view).toMatchObject({ canEdit: false, canSubmit: false })
    const list = await api.request<MaturityCampaignsView>('GET', '/api/demarche-de-progression', {
      as: demo.as.admin,
    })
    const campaign = list.body.campaigns.find((found) => found.id === campaignId)
    expect(campaign?.submittedCount).toBe(1)
    expect(campaign?.spaces.find((space) => space.spaceId === LILLE)).toEqual({
      spaceId: LILLE,
      spaceName: 'CLPE Lille Métropole',
      documentId,
      submittedAt: submitted.body.submittedAt,
    })
  })

  it('writes every submission into the document: a resubmission reaches another member live', async () => {
    const [nadia, elodie] = clients
    if (nadia === undefined || elodie === undefined) throw new Error('both connected before')
    const submissionSeenBy = (client: SyncClient) =>
      readMaturitySubmission(client.doc.getMap('meta').get(MATURITY_SUBMITTED_META_KEY))
    await waitFor(() => {
      expect(submissionSeenBy(elodie)).toMatchObject({
        byName: 'Nadia Benali',
        levels: { [FIRST]: 3, [SECOND]: 4, [THIRD]: 2 },
      })
    })
    // Élodie lowers a level; once the server has it (Nadia sees it), she submits again.
    chooseLevels(elodie.doc, { [THIRD]: 1 })
    await waitFor(() => {
      expect(nadia.doc.getMap('fields').get(maturityFieldNames(THIRD).level)).toBe('1')
    })
    const again = await submit('lille2')
    expect(again.status).toBe(200)
    // The statut was « soumise » already: only the submission written beside it tells Nadia.
    await waitFor(() => {
      expect(submissionSeenBy(nadia)).toEqual({
        at: again.body.submittedAt,
        byName: 'Élodie Vasseur',
        levels: expect.objectContaining({ [FIRST]: 3, [SECOND]: 4, [THIRD]: 1 }) as unknown,
      })
    })
    expect(nadia.doc.getMap('fields').get('statut')).toBe('soumise')
  })

  it('keeps the submission to the server: a member writing it directly is closed (4403)', async () => {
    const [nadia] = clients
    const forger = connect('lille2')
    const closeCodes: number[] = []
    const onClose = (event: { readonly code: number } | null): void => {
      if (event !== null) closeCodes.push(event.code)
    }
    forger.provider.on('connection-close', onClose)
    await whenSynced(forger)
    const genuine = nadia?.doc.getMap('meta').get(MATURITY_SUBMITTED_META_KEY)
    forger.doc.getMap('meta').set(MATURITY_SUBMITTED_META_KEY, {
      at: '2026-01-01T00:00:00.000Z',
      byName: 'Quelqu’un d’autre',
      levels: {},
    })
    await waitFor(() => {
      expect(closeCodes).toContain(CloseCode.Forbidden)
    })
    forger.destroy()
    const reader = connect('lille')
    await whenSynced(reader)
    expect(reader.doc.getMap('meta').get(MATURITY_SUBMITTED_META_KEY)).toEqual(genuine)
  })

  it('keeps one result when two members submit at the same moment, the last replacing it', async () => {
    const both = await Promise.all([submit('lille'), submit('lille2')])
    expect(both.map((answer) => answer.status)).toEqual([200, 200])
    const view = await spaceMaturity(api, demo.as.lille, LILLE)
    const entry = view.campaigns.find((found) => found.campaign.id === campaignId)
    const latest = [...both].sort((a, b) => b.body.submittedAt.localeCompare(a.body.submittedAt))
    expect(entry?.submittedAt).toBe(latest[0]?.body.submittedAt)
    await waitFor(() => {
      const seen = clients[0]?.doc.getMap('meta').get(MATURITY_SUBMITTED_META_KEY)
      expect(readMaturitySubmission(seen)?.at).toBe(latest[0]?.body.submittedAt)
    })
    expect(view.progression.filter((point) => point.campaignId === campaignId)).toHaveLength(1)
  })

  it('archives the documents once closed, refuses submissions and keeps the progression', async () => {
    const closed = await api.request<{ campaign: { status: string } }>(
      'POST',
      `/api/demarche-de-progression/${campaignId}/cloture`,
      { as: demo.as.admin },
    )
    expect(closed.status).toBe(200)
    expect(closed.body.campaign.status).toBe('close')
    expect(await probeSyncAccess(server, documentId, demo.as.lille)).toBe('read')
    const late = await submit('lille')
    expect(late.status).toBe(409)
    expect(late.body.error?.code).toBe('MATURITY_CAMPAIGN_CLOSED')
    const lens = await api.request<{ error: ApiError }>('POST', maturityPath(LENS, campaignId), {
      as: demo.as.lens,
    })
    expect(lens.status).toBe(409)
    const again = await api.request('POST', `/api/demarche-de-progression/${campaignId}/cloture`, {
      as: demo.as.admin,
    })
    expect(again.status).toBe(409)
    const view = await spaceMaturity(api, demo.as.lille, LILLE)
    const point = view.progression.find((found) => found.campaignId === campaignId)
    expect(point).toMatchObject({ title: 'Démarche de progression — essai' })
  })
})
