import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAdvanceableClock, type AdvanceableClock } from '../helpers/advanceableClock.ts'
import { createApiClient, type ApiClient, type Credential } from '../helpers/apiClient.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { probeSyncAccess, syncCredentials } from '../helpers/syncAccess.ts'
import { connectClient, whenSynced, type SyncClient } from '../helpers/syncClient.ts'
import { waitFor } from '../helpers/waitFor.ts'

// The survey of the CLPE in individual mode (issue #7, item 5): the regional team asks every member
// of Lille to answer for themselves. Each member gets an answer of their own (its own Y.Doc), fills
// and submits it; the results count one answer per person, not one per CLPE.

const LILLE = 'clpe-59004'

interface SurveyBody {
  survey: {
    id: string
    status: string
    mode: string
    questions: { id: string; kind: string }[]
    responseRate: { answered: number; targeted: number }
  }
}
interface AnswerBody {
  answer: {
    spaceId: string
    accountId?: string
    answerDocumentId: string
    submittedAt?: string
    submittedBy?: string
  }
  values: Record<string, unknown>
}
interface ResultsBody {
  results: {
    counted: number
    responseRate: { answered: number; targeted: number }
    spaces: { spaceId: string; answered: number; targeted: number }[]
    questions: {
      questionId: string
      n: number
      mean?: number | null
      counts?: { value: string; count: number }[]
      openAnswers?: { text: string }[]
    }[]
  }
}

describe('survey of the CLPE in individual mode', () => {
  let server: TestServer
  let clock: AdvanceableClock
  let api: ApiClient
  let admin: Credential
  let lille: Credential
  let lilleId: string
  let lille2: Credential
  let lille2Id: string
  let surveyId: string
  let likertId: string
  let textId: string
  const documentOf = new Map<string, string>()
  const clients: SyncClient[] = []

  const connect = (documentId: string, credential: Credential): SyncClient => {
    const client = connectClient(server.syncUrl, documentId, syncCredentials(server, credential))
    clients.push(client)
    return client
  }

  beforeAll(async () => {
    clock = createAdvanceableClock()
    server = await startServer({ auth: 'session', demoData: true, timers: clock })
    api = createApiClient(server.httpUrl)
    admin = (await api.signIn('admin@demo.maillage.fr')).credential
    const signedIn = await api.signIn('lille@demo.maillage.fr')
    lille = signedIn.credential
    lilleId = signedIn.accountId
    // The demo's second contributeur of Lille (Élodie Vasseur).
    const second = await api.signIn('lille2@demo.maillage.fr')
    lille2 = second.credential
    lille2Id = second.accountId
  })

  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.close()
  })

  it('opens an individual survey that owes one answer per member of Lille', async () => {
    const created = await api.request<SurveyBody>('POST', '/api/surveys', {
      as: admin,
      body: {
        title: 'Enquête individuelle 2026',
        mode: 'individual',
        questions: [
          { kind: 'likert', label: 'Satisfaction personnelle', required: true },
          { kind: 'text', label: 'Vos besoins' },
        ],
        targetSpaceIds: [LILLE],
      },
    })
    expect(created.status).toBe(201)
    expect(created.body.survey.mode).toBe('individual')
    surveyId = created.body.survey.id
    const [likert, text] = created.body.survey.questions
    if (likert === undefined || text === undefined) throw new Error('questions missing')
    likertId = likert.id
    textId = text.id

    const opened = await api.request<SurveyBody>('POST', `/api/surveys/${surveyId}/open`, {
      as: admin,
      body: {
        opensAt: new Date(clock.now() - 60_000).toISOString(),
        closesAt: new Date(clock.now() + 30 * 60_000).toISOString(),
      },
    })
    expect(opened.status).toBe(200)
    expect(opened.body.survey.status).toBe('ouverte')
    // The server owes one answer per member of Lille who may answer (`surveyTargets`): the demo
    // contributeurs (Nadia Benali and Élodie Vasseur), so 2; the demo lecteur
    // (Thomas Petit) reads but does not answer. Collective mode owes 1.
    expect(opened.body.survey.responseRate).toEqual({ answered: 0, targeted: 2 })
  })

  it('gives each member of Lille an answer of their own', async () => {
    const [first, second] = await Promise.all([
      api.request<AnswerBody>('GET', `/api/surveys/${surveyId}/answers/${LILLE}`, { as: lille }),
      api.request<AnswerBody>('GET', `/api/surveys/${surveyId}/answers/${LILLE}`, { as: lille2 }),
    ])
    expect(first.status).toBe(200)
    expect(second.status).toBe(200)
    expect(first.body.answer).toMatchObject({ spaceId: LILLE, accountId: lilleId })
    expect(second.body.answer).toMatchObject({ spaceId: LILLE, accountId: lille2Id })
    expect(second.body.answer.answerDocumentId).not.toBe(first.body.answer.answerDocumentId)
    documentOf.set(lilleId, first.body.answer.answerDocumentId)
    documentOf.set(lille2Id, second.body.answer.answerDocumentId)

    // The same GET again, by the same person, gives back the same answer: one per person.
    const again = await api.request<AnswerBody>(
      'GET',
      `/api/surveys/${surveyId}/answers/${LILLE}`,
      { as: lille2 },
    )
    expect(again.body.answer.answerDocumentId).toBe(second.body.answer.answerDocumentId)
  })

  it('lets each member fill their own answer over y-websocket and submit it', async () => {
    const fill = async (
      credential: Credential,
      accountId: string,
      level: number,
      needs: string,
    ): Promise<void> => {
      const documentId = documentOf.get(accountId) ?? ''
      const writer = connect(documentId, credential)
      const observer = connect(documentId, credential)
      await Promise.all([whenSynced(writer), whenSynced(observer)])
      const fields = writer.doc.getMap<unknown>('fields')
      const text = fields.get(textId)
      if (!(text instanceof Y.Text)) throw new Error('no Y.Text for the open question')
      text.insert(0, needs)
      fields.set(likertId, level)
      // A second connection sees the edit only once the server applied it, so submit reads it.
      const seen = observer.doc.getMap<unknown>('fields')
      await waitFor(() => {
        expect(seen.get(likertId)).toBe(level)
        expect(String(seen.get(textId))).toBe(needs)
      })
    }
    await fill(lille, lilleId, 2, 'Des données par commune.')
    await fill(lille2, lille2Id, 5, 'Une formation à DORA.')

    const submitFirst = await api.request<AnswerBody>(
      'POST',
      `/api/surveys/${surveyId}/answers/${LILLE}/submit`,
      { as: lille },
    )
    expect(submitFirst.status).toBe(200)
    expect(submitFirst.body.answer).toMatchObject({ accountId: lilleId, submittedBy: lilleId })
    expect(submitFirst.body.values).toEqual({
      [likertId]: 2,
      [textId]: 'Des données par commune.',
    })
    const submitSecond = await api.request<AnswerBody>(
      'POST',
      `/api/surveys/${surveyId}/answers/${LILLE}/submit`,
      { as: lille2 },
    )
    expect(submitSecond.status).toBe(200)
    expect(submitSecond.body.answer).toMatchObject({ accountId: lille2Id, submittedBy: lille2Id })
    expect(submitSecond.body.values).toEqual({ [likertId]: 5, [textId]: 'Une formation à DORA.' })

    // The second submission did not replace the first: each member still reads their own values.
    const mine = await api.request<AnswerBody>('GET', `/api/surveys/${surveyId}/answers/${LILLE}`, {
      as: lille,
    })
    expect(mine.body.answer.answerDocumentId).toBe(documentOf.get(lilleId))
    expect(mine.body.answer.submittedBy).toBe(lilleId)
    expect(mine.body.values[likertId]).toBe(2)
  })

  it('keeps each member’s answer private to them, through the API and the websocket', async () => {
    // GET /api/surveys/:id/answers/:spaceId has no account parameter: it always returns the
    // caller's own answer. The answer's Y.Doc is private to its author (`privateTo`): a colleague
    // can neither open it over the websocket nor see it in the space's documents.
    const nadiasDocument = documentOf.get(lilleId) ?? ''
    expect(await probeSyncAccess(server, nadiasDocument, lille2)).toBe(403)
    const listed = await api.request<{ documents: { id: string }[] }>(
      'GET',
      `/api/spaces/${LILLE}/documents`,
      { as: lille2 },
    )
    expect(listed.body.documents.map((document) => document.id)).not.toContain(nadiasDocument)
    // Who may not answer (the regional team, a lecteur) starts no answer by looking.
    const adminLooks = await api.request('GET', `/api/surveys/${surveyId}/answers/${LILLE}`, {
      as: admin,
    })
    expect(adminLooks.status).toBe(404)
    for (const [credential, accountId] of [
      [lille, lilleId],
      [lille2, lille2Id],
    ] as const) {
      const own = await api.request<AnswerBody>(
        'GET',
        `/api/surveys/${surveyId}/answers/${LILLE}`,
        { as: credential },
      )
      expect(own.status).toBe(200)
      expect(own.body.answer.accountId).toBe(accountId)
      expect(own.body.answer.answerDocumentId).toBe(documentOf.get(accountId))
      expect(own.body.answer.submittedBy).toBe(accountId)
    }
  })

  it('counts both members’ answers for Lille, each with their own values', async () => {
    const { status, body } = await api.request<ResultsBody>(
      'GET',
      `/api/surveys/${surveyId}/results`,
      { as: admin },
    )
    expect(status).toBe(200)
    expect(body.results.counted).toBe(2)
    expect(body.results.responseRate).toEqual({ answered: 2, targeted: 2 })
    expect(body.results.spaces).toEqual([
      expect.objectContaining({ spaceId: LILLE, answered: 2, targeted: 2 }),
    ])
    const [likert, text] = body.results.questions
    expect(likert).toMatchObject({ questionId: likertId, n: 2, mean: 3.5 })
    expect(likert?.counts?.map((count) => [count.value, count.count])).toEqual([
      ['1', 0],
      ['2', 1],
      ['3', 0],
      ['4', 0],
      ['5', 1],
    ])
    expect(text?.openAnswers?.map((answer) => answer.text).sort()).toEqual([
      'Des données par commune.',
      'Une formation à DORA.',
    ])

    const survey = await api.request<SurveyBody>('GET', `/api/surveys/${surveyId}`, { as: lille })
    expect(survey.body.survey.responseRate).toEqual({ answered: 2, targeted: 2 })
  })
})
