import * as Y from 'yjs'
import type { ApiErrorBody } from '@maillage/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAdvanceableClock, type AdvanceableClock } from '../helpers/advanceableClock.ts'
import {
  createApiClient,
  sessionFrom,
  type ApiClient,
  type Credential,
} from '../helpers/apiClient.ts'
import { downloadFile } from '../helpers/downloadFile.ts'
import { parseSemicolonCsv } from '../helpers/parseSemicolonCsv.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { syncCredentials } from '../helpers/syncAccess.ts'
import { connectClient, whenSynced, type SyncClient } from '../helpers/syncClient.ts'
import { waitFor } from '../helpers/waitFor.ts'

// The survey of the CLPE (issue #7, item 5), end to end: the regional team builds a survey with a
// block per catalogued tool and opens it for Lille and Lens; two members of Lille fill their
// collective answer together over y-websocket; one submits; the results count Lille, not Lens.

const LILLE = 'clpe-59004'
const LENS = 'clpe-62005'

interface SurveyBody {
  survey: {
    id: string
    status: string
    questions: { id: string; kind: string; toolDocumentId?: string }[]
    responseRate: { answered: number; targeted: number }
  }
}
interface AnswerBody {
  answer: { answerDocumentId: string; submittedAt?: string }
}
interface ResultsBody {
  results: {
    counted: number
    responseRate: { answered: number; targeted: number }
    spaces: { spaceId: string; answered: number }[]
    questions: { questionId: string; n: number; mean?: number | null; openAnswers?: unknown[] }[]
    tools: { toolDocumentId: string; questions: { questionId: string; n: number }[] }[]
  }
}

describe('survey of the CLPE', () => {
  let server: TestServer
  let clock: AdvanceableClock
  let api: ApiClient
  let admin: Credential
  let lille: Credential
  let lille2: Credential
  let lens: Credential
  let toolId: string
  let surveyId: string
  const clients: SyncClient[] = []

  beforeAll(async () => {
    clock = createAdvanceableClock()
    server = await startServer({ auth: 'session', demoData: true, timers: clock })
    api = createApiClient(server.httpUrl)
    admin = (await api.signIn('admin@demo.maillage.fr')).credential
    lille = (await api.signIn('lille@demo.maillage.fr')).credential
    lens = (await api.signIn('lens@demo.maillage.fr')).credential
    const invitation = await api.request<{ token: string }>(
      'POST',
      `/api/spaces/${LILLE}/invitations`,
      { as: admin, body: { role: 'contributeur' } },
    )
    const accepted = await api.request(
      'POST',
      `/api/invitations/by-token/${invitation.body.token}/accept`,
      {
        body: {
          name: 'Claire Seconde',
          organisation: 'Mission locale de Lille',
          email: 'claire@ml-lille.fr',
          password: 'un mot de passe solide',
        },
      },
    )
    const session = sessionFrom(accepted)
    if (session === null) throw new Error(`second Lille member could not sign up: ${accepted.text}`)
    lille2 = session
    const tool = await api.request<{ document: { id: string } }>(
      'POST',
      '/api/spaces/espace-regional/documents',
      { as: admin, body: { kind: 'outil', title: 'Cartographie test' } },
    )
    toolId = tool.body.document.id
  })

  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.close()
  })

  it('lets the regional team draft a survey with a block per catalogued tool and open it', async () => {
    const created = await api.request<SurveyBody>('POST', '/api/surveys', {
      as: admin,
      body: {
        title: 'Enquête 2026 sur les outils',
        questions: [
          { kind: 'likert', label: 'Satisfaction d’ensemble', required: true },
          { kind: 'text', label: 'Besoins restants' },
        ],
        targetSpaceIds: [LILLE, LENS],
        addToolBlocks: true,
      },
    })
    expect(created.status).toBe(201)
    surveyId = created.body.survey.id
    expect(created.body.survey.status).toBe('brouillon')
    const toolQuestions = created.body.survey.questions.filter((q) => q.toolDocumentId === toolId)
    expect(toolQuestions.map((q) => q.kind)).toEqual([
      'single',
      'likert',
      'likert',
      'likert',
      'text',
    ])

    const hidden = await api.request('GET', `/api/surveys/${surveyId}`, { as: lille })
    expect(hidden.status).toBe(404)

    const opened = await api.request<SurveyBody>('POST', `/api/surveys/${surveyId}/open`, {
      as: admin,
      body: {
        opensAt: new Date(clock.now() - 60_000).toISOString(),
        closesAt: new Date(clock.now() + 30 * 60_000).toISOString(),
      },
    })
    expect(opened.status).toBe(200)
    expect(opened.body.survey.status).toBe('ouverte')
    expect(opened.body.survey.responseRate).toEqual({ answered: 0, targeted: 2 })

    // Opening sends the survey to the targeted CLPE: their members are notified, once.
    const notified = await api.request<{ notifications: { kind: string; link: string }[] }>(
      'GET',
      '/api/notifications',
      { as: lille },
    )
    expect(
      notified.body.notifications.filter((n) => n.kind === 'enquete-ouverte').map((n) => n.link),
    ).toEqual([`/enquetes/${surveyId}/reponses/${LILLE}`])
    const adminNotified = await api.request<{ notifications: { kind: string }[] }>(
      'GET',
      '/api/notifications',
      { as: admin },
    )
    expect(adminNotified.body.notifications.some((n) => n.kind === 'enquete-ouverte')).toBe(false)

    const edit = await api.request('PATCH', `/api/surveys/${surveyId}`, {
      as: admin,
      body: { title: 'Autre titre' },
    })
    expect(edit.status).toBe(409)
  })

  it('lets two members of Lille fill one answer together, and one submit it', async () => {
    const [first, second] = await Promise.all([
      api.request<AnswerBody>('GET', `/api/surveys/${surveyId}/answers/${LILLE}`, { as: lille }),
      api.request<AnswerBody>('GET', `/api/surveys/${surveyId}/answers/${LILLE}`, { as: lille2 }),
    ])
    expect(first.status).toBe(200)
    const documentId = first.body.answer.answerDocumentId
    expect(second.body.answer.answerDocumentId).toBe(documentId)

    const connect = (credential: Credential): SyncClient => {
      const client = connectClient(server.syncUrl, documentId, syncCredentials(server, credential))
      clients.push(client)
      return client
    }
    const a = connect(lille)
    const b = connect(lille2)
    await Promise.all([whenSynced(a), whenSynced(b)])
    const fieldsA = a.doc.getMap<unknown>('fields')
    const fieldsB = b.doc.getMap<unknown>('fields')
    const survey = await api.request<SurveyBody>('GET', `/api/surveys/${surveyId}`, { as: lille })
    const [satisfaction, besoins] = survey.body.survey.questions
    const usage = survey.body.survey.questions.find((q) => q.id === `outil-${toolId}-usage`)
    if (satisfaction === undefined || besoins === undefined || usage === undefined) {
      throw new Error('questions missing')
    }
    // Concurrent edits: A types in the shared text and rates, B types too and answers the tool.
    const textA = fieldsA.get(besoins.id)
    const textB = fieldsB.get(besoins.id)
    if (!(textA instanceof Y.Text) || !(textB instanceof Y.Text)) throw new Error('no Y.Text')
    textA.insert(0, 'Des données par commune. ')
    textB.insert(0, 'Une formation à DORA. ')
    fieldsA.set(satisfaction.id, 4)
    fieldsB.set(usage.id, 'oui')
    await waitFor(() => {
      expect(fieldsA.toJSON()).toEqual(fieldsB.toJSON())
      expect(String(fieldsA.get(besoins.id))).toContain('Des données par commune.')
      expect(String(fieldsA.get(besoins.id))).toContain('Une formation à DORA.')
      expect(fieldsA.get(usage.id)).toBe('oui')
    })

    const submitted = await api.request<{
      answer: { submittedAt?: string }
      values: Record<string, unknown>
    }>('POST', `/api/surveys/${surveyId}/answers/${LILLE}/submit`, { as: lille2 })
    expect(submitted.status).toBe(200)
    expect(submitted.body.answer.submittedAt).toBeDefined()
    expect(submitted.body.values[satisfaction.id]).toBe(4)
    expect(submitted.body.values[usage.id]).toBe('oui')
  })

  it('refuses a submission without the required answers, naming the question', async () => {
    await api.request('GET', `/api/surveys/${surveyId}/answers/${LENS}`, { as: lens })
    const refused = await api.request<ApiErrorBody>(
      'POST',
      `/api/surveys/${surveyId}/answers/${LENS}/submit`,
      { as: lens },
    )
    expect(refused.status).toBe(400)
    expect(refused.body.error.code).toBe('VALIDATION_FAILED')
    expect(Object.values(refused.body.error.details ?? {})).toContain('Répondez à cette question.')
  })

  it('hides Lille’s answer from a member of Lens and the results from non-regional members', async () => {
    const other = await api.request('GET', `/api/surveys/${surveyId}/answers/${LILLE}`, {
      as: lens,
    })
    expect(other.status).toBe(404)
    const submitOther = await api.request(
      'POST',
      `/api/surveys/${surveyId}/answers/${LILLE}/submit`,
      { as: lens },
    )
    expect(submitOther.status).toBe(404)
    const answer = await api.request<AnswerBody>(
      'GET',
      `/api/surveys/${surveyId}/answers/${LILLE}`,
      {
        as: lille,
      },
    )
    const upgrade = connectClient(
      server.syncUrl,
      answer.body.answer.answerDocumentId,
      syncCredentials(server, lens),
    )
    clients.push(upgrade)
    for (const credential of [lille, lens]) {
      const results = await api.request('GET', `/api/surveys/${surveyId}/results`, {
        as: credential,
      })
      expect(results.status).toBe(403)
      const csv = await api.request('GET', `/api/surveys/${surveyId}/results.csv`, {
        as: credential,
      })
      expect(csv.status).toBe(403)
    }
    expect(upgrade.provider.synced).toBe(false)
  })

  it('counts Lille as answered and Lens not, per question and per tool', async () => {
    const { status, body } = await api.request<ResultsBody>(
      'GET',
      `/api/surveys/${surveyId}/results`,
      { as: admin },
    )
    expect(status).toBe(200)
    expect(body.results.counted).toBe(1)
    expect(body.results.responseRate).toEqual({ answered: 1, targeted: 2 })
    expect(body.results.spaces).toEqual([
      expect.objectContaining({ spaceId: LILLE, answered: 1 }),
      expect.objectContaining({ spaceId: LENS, answered: 0 }),
    ])
    expect(body.results.questions[0]).toMatchObject({ n: 1, mean: 4 })
    expect(body.results.questions[1]?.openAnswers).toHaveLength(1)
    const tool = body.results.tools.find((entry) => entry.toolDocumentId === toolId)
    expect(tool?.questions.map((question) => question.n)).toEqual([1, 0, 0, 0, 0])
  })

  it('exports the answers as CSV for French spreadsheets', async () => {
    const file = await downloadFile(server.httpUrl, `/api/surveys/${surveyId}/results.csv`, admin)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.bytes.slice(3))
    const [header, ...rows] = parseSemicolonCsv(text)
    expect(header?.slice(0, 7)).toEqual([
      'Espace',
      'Personne',
      'Envoyée le',
      'Envoyée par',
      'Hors délai',
      'Satisfaction d’ensemble',
      'Besoins restants',
    ])
    const usageColumn =
      header?.indexOf('Cartographie test — Utilisez-vous « Cartographie test » ?') ?? -1
    expect(usageColumn).toBeGreaterThan(6)
    expect(rows.filter((row) => row.length > 1)).toHaveLength(1)
    expect(rows[0]?.[0]).toBe('CLPE Lille Métropole')
    expect(rows[0]?.[3]).toBe('Claire Seconde')
    expect(rows[0]?.[5]).toBe('4')
    expect(rows[0]?.[usageColumn]).toBe('Oui')
  })

  it('refuses a submission after the survey closed, in French', async () => {
    clock.advance(31 * 60_000)
    const late = await api.request<ApiErrorBody>(
      'POST',
      `/api/surveys/${surveyId}/answers/${LILLE}/submit`,
      { as: lille },
    )
    expect(late.status).toBe(409)
    expect(late.body.error.code).toBe('SURVEY_CLOSED')
    expect(late.body.error.message).toContain('L’enquête est close')
    const survey = await api.request<SurveyBody>('GET', `/api/surveys/${surveyId}`, { as: admin })
    expect(survey.body.survey.status).toBe('close')
    expect(survey.body.survey.responseRate).toEqual({ answered: 1, targeted: 2 })
  })
})
