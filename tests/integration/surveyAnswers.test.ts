import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ANSWER_SUBMITTED_META_KEY, readAnswerSubmission } from '@maillage/schema'
import { createApiClient, type ApiClient } from '../helpers/apiClient.ts'
import { signInDemoAccounts, type DemoAccounts } from '../helpers/signInDemoAccounts.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { probeSyncAccess, syncCredentials } from '../helpers/syncAccess.ts'
import { connectClient, whenSynced, type SyncClient } from '../helpers/syncClient.ts'
import { waitFor } from '../helpers/waitFor.ts'

// A CLPE's collective answer once sent: every co-filler is told live, and the server takes no
// more edits until a contributeur takes it back.

const LILLE = 'clpe-59004'
const DAY_MS = 24 * 60 * 60 * 1000
const FIRST_ANSWER = 'Un suivi des jeunes sans solution.'

interface AnswerBody {
  answer: { answerDocumentId: string; submittedAt?: string; canSubmit: boolean }
}

describe('a survey answer sent by one of its co-fillers', () => {
  let server: TestServer
  let api: ApiClient
  let demo: DemoAccounts<'admin' | 'lille' | 'lille2' | 'lecteur'>
  let surveyId: string
  let questionId: string
  let documentId: string
  const clients: SyncClient[] = []

  /**
   * A co-filler's client, which follows a narrowed access as the web app does: closed with 4403,
   * it connects again (and the server then lets it read only).
   */
  function connect(name: 'lille' | 'lille2' | 'lecteur'): SyncClient {
    const client = connectClient(server.syncUrl, documentId, syncCredentials(server, demo.as[name]))
    client.provider.on('closed', ({ code }: { code: number }) => {
      if (code === 4403) client.provider.connect()
    })
    clients.push(client)
    return client
  }
  const submittedIn = (client: SyncClient) =>
    readAnswerSubmission(client.doc.getMap('meta').get(ANSWER_SUBMITTED_META_KEY))
  const answerOf = (client: SyncClient): string => {
    const value = client.doc.getMap('fields').get(questionId)
    return value instanceof Y.Text ? value.toString() : ''
  }

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
    demo = await signInDemoAccounts(api, ['admin', 'lille', 'lille2', 'lecteur'])
    const created = await api.request<{ survey: { id: string; questions: { id: string }[] } }>(
      'POST',
      '/api/surveys',
      {
        as: demo.as.admin,
        body: {
          title: 'Besoins des CLPE',
          questions: [{ kind: 'text', label: 'Quel besoin reste sans outil ?' }],
          targetSpaceIds: [LILLE],
        },
      },
    )
    surveyId = created.body.survey.id
    questionId = created.body.survey.questions[0]?.id ?? ''
    const opened = await api.request('POST', `/api/surveys/${surveyId}/open`, {
      as: demo.as.admin,
      body: {
        opensAt: new Date(Date.now() - DAY_MS).toISOString(),
        closesAt: new Date(Date.now() + DAY_MS).toISOString(),
      },
    })
    expect(opened.status).toBe(200)
    const answer = await api.request<AnswerBody>(
      'GET',
      `/api/surveys/${surveyId}/answers/${LILLE}`,
      { as: demo.as.lille },
    )
    documentId = answer.body.answer.answerDocumentId
  })
  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server.close()
  })

  it('says who may send the answer: its contributeurs, not its lecteurs', async () => {
    const path = `/api/surveys/${surveyId}/answers/${LILLE}`
    const asLille2 = await api.request<AnswerBody>('GET', path, { as: demo.as.lille2 })
    const asLecteur = await api.request<AnswerBody>('GET', path, { as: demo.as.lecteur })
    expect(asLille2.body.answer.canSubmit).toBe(true)
    expect(asLecteur.body.answer.canSubmit).toBe(false)
  })

  it('tells every co-filler live that it was sent, by whom, and takes no more edits', async () => {
    const nadia = connect('lille')
    const elodie = connect('lille2')
    await Promise.all([whenSynced(nadia), whenSynced(elodie)])
    const text = elodie.doc.getMap('fields').get(questionId)
    if (!(text instanceof Y.Text)) throw new Error('the text question is not a Y.Text')
    text.insert(0, FIRST_ANSWER)
    await waitFor(() => {
      expect(answerOf(nadia)).toBe(FIRST_ANSWER)
    })

    const sent = await api.request('POST', `/api/surveys/${surveyId}/answers/${LILLE}/submit`, {
      as: demo.as.lille,
    })
    expect(sent.status).toBe(200)
    await waitFor(() => {
      expect(submittedIn(elodie)?.byName).toBe('Nadia Benali')
    })

    // Élodie's connection now only reads: what she types never reaches anyone.
    expect(await probeSyncAccess(server, documentId, demo.as.lille2)).toBe('read')
    expect(await probeSyncAccess(server, documentId, demo.as.lille)).toBe('read')
    const late = connect('lille2')
    await whenSynced(late)
    const lateText = late.doc.getMap('fields').get(questionId)
    if (!(lateText instanceof Y.Text)) throw new Error('the text question is not a Y.Text')
    lateText.insert(0, 'Ajout après envoi. ')
    const witness = connect('lecteur')
    await whenSynced(witness)
    expect(answerOf(witness)).toBe(FIRST_ANSWER)
    const document = await api.request<{ document: { access: string } }>(
      'GET',
      `/api/documents/${documentId}`,
      { as: demo.as.lille2 },
    )
    expect(document.body.document.access).toBe('read')
  })

  it('lets a contributeur take it back: editable again, the last submission still counted', async () => {
    const watcher = connect('lecteur')
    await whenSynced(watcher)
    expect(submittedIn(watcher)).not.toBeNull()
    const reopened = await api.request<AnswerBody>(
      'POST',
      `/api/surveys/${surveyId}/answers/${LILLE}/reopen`,
      { as: demo.as.lille2 },
    )
    expect(reopened.status).toBe(200)
    expect(reopened.body.answer.submittedAt).toBeDefined()
    await waitFor(() => {
      expect(submittedIn(watcher)).toBeNull()
    })
    expect(await probeSyncAccess(server, documentId, demo.as.lille2)).toBe('write')
    const results = await api.request<{
      results: {
        counted: number
        questions: { bySpace: { spaceId: string; spaceName: string; answers: string[] }[] }[]
      }
    }>('GET', `/api/surveys/${surveyId}/results`, { as: demo.as.admin })
    expect(results.body.results.counted).toBe(1)
    // Each question's results say what each CLPE answered.
    expect(results.body.results.questions[0]?.bySpace).toEqual([
      { spaceId: LILLE, spaceName: 'CLPE Lille Métropole', answers: [FIRST_ANSWER] },
    ])
  })

  it('refuses the reopening to a lecteur', async () => {
    const refused = await api.request('POST', `/api/surveys/${surveyId}/answers/${LILLE}/reopen`, {
      as: demo.as.lecteur,
    })
    expect(refused.status).toBe(403)
  })
})
