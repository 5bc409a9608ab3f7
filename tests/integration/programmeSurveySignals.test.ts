import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type {
  ProgrammeFollowUpView,
  ProgrammeOverviewView,
  ProgrammeSurveySignalView,
  ToolCatalogueView,
} from '@maillage/protocol'
import { REGIONAL_SPACE_IDS, toolQuestionId } from '@maillage/schema'
import { createTestDatabase, type TestDatabase } from '@maillage/server'
import type { ApiClient } from '../helpers/apiClient.ts'
import { createApiClient } from '../helpers/apiClient.ts'
import { signInDemoAccounts, type DemoAccounts } from '../helpers/signInDemoAccounts.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { syncCredentials } from '../helpers/syncAccess.ts'
import { connectClient, whenSynced, type SyncClient } from '../helpers/syncClient.ts'
import { waitFor } from '../helpers/waitFor.ts'

// The suivi of the programme reads what the survey says of the fiches outil linked to a line: the
// mean « Utilité pour votre CLPE » of the counted answers, flagged under 3/5, shown only to the
// regional team and the members of the comité de pilotage and of the CoRE.

const BASE = '/api/gouvernance/programme'
const LILLE = 'clpe-59004'
const LENS = 'clpe-62005'
const LINE = 'Indicateurs de tension sur le marché du travail'
const TOOL = 'DARES — indicateurs de tension sur le marché du travail'
const DAY_MS = 24 * 60 * 60 * 1000
const NAMES = ['admin', 'copil', 'lille', 'lens', 'lecteur'] as const
type Name = (typeof NAMES)[number]

describe.each(['memory', 'postgres'] as const)(
  'the survey signals of the programme’s suivi (%s store)',
  (kind) => {
    let database: TestDatabase | undefined
    let server: TestServer
    let api: ApiClient
    let demo: DemoAccounts<Name>
    let versionId: string
    let toolId: string
    let surveyId: string
    const clients: SyncClient[] = []

    beforeAll(async () => {
      database = kind === 'postgres' ? await createTestDatabase() : undefined
      server = await startServer({
        auth: 'session',
        demoData: true,
        ...(database === undefined ? {} : { store: { kind: 'postgres', url: database.url } }),
      })
      api = createApiClient(server.httpUrl)
      demo = await signInDemoAccounts(api, NAMES)
      const overview = await api.request<ProgrammeOverviewView>('GET', BASE, { as: demo.as.admin })
      versionId = overview.body.current?.id ?? ''
      const tools = await api.request<ToolCatalogueView>('GET', '/api/toolbox/tools', {
        as: demo.as.admin,
      })
      toolId = tools.body.tools.find((tool) => tool.title === TOOL)?.documentId ?? ''
      expect(toolId).not.toBe('')
      const created = await api.request<{ survey: { id: string } }>('POST', '/api/surveys', {
        as: demo.as.admin,
        body: {
          title: 'Usage des outils du réseau',
          toolDocumentIds: [toolId],
          targetSpaceIds: [LILLE, LENS],
        },
      })
      expect(created.status).toBe(201)
      surveyId = created.body.survey.id
      const opened = await api.request('POST', `/api/surveys/${surveyId}/open`, {
        as: demo.as.admin,
        body: {
          opensAt: new Date(Date.now() - DAY_MS).toISOString(),
          closesAt: new Date(Date.now() + DAY_MS).toISOString(),
        },
      })
      expect(opened.status).toBe(200)
    })
    afterAll(async () => {
      for (const client of clients.splice(0)) client.destroy()
      await server.close()
      await database?.drop()
    })

    /** The CLPE `spaceId` rates the tool's usefulness `level` (1–5) and sends its answer. */
    async function answer(who: 'lille' | 'lens', spaceId: string, level: number): Promise<void> {
      const path = `/api/surveys/${surveyId}/answers/${spaceId}`
      const found = await api.request<{ answer: { answerDocumentId: string } }>('GET', path, {
        as: demo.as[who],
      })
      expect(found.status).toBe(200)
      const documentId = found.body.answer.answerDocumentId
      const credentials = syncCredentials(server, demo.as[who])
      const writer = connectClient(server.syncUrl, documentId, credentials)
      const witness = connectClient(server.syncUrl, documentId, credentials)
      clients.push(writer, witness)
      await Promise.all([whenSynced(writer), whenSynced(witness)])
      const fields = writer.doc.getMap('fields')
      fields.set(toolQuestionId(toolId, 'usage'), 'oui')
      fields.set(toolQuestionId(toolId, 'utilite'), level)
      // Through the server: the witness sees the level once the server holds it.
      await waitFor(() => {
        expect(witness.doc.getMap('fields').get(toolQuestionId(toolId, 'utilite'))).toBe(level)
      })
      const sent = await api.request('POST', `${path}/submit`, { as: demo.as[who] })
      expect(sent.status).toBe(200)
    }

    /** The survey's signals on the line carried out by the tool, as `who` reads the suivi. */
    async function signalsSeenBy(who: Name): Promise<ProgrammeSurveySignalView[]> {
      const [overview, followUp] = await Promise.all([
        api.request<ProgrammeOverviewView>('GET', BASE, { as: demo.as[who] }),
        api.request<ProgrammeFollowUpView>('GET', `${BASE}/versions/${versionId}/suivi`, {
          as: demo.as[who],
        }),
      ])
      expect(followUp.status).toBe(200)
      const line = overview.body.current?.lines.find((candidate) => candidate.title === LINE)
      const ofLine = followUp.body.lines.find((candidate) => candidate.lineId === line?.id)
      if (ofLine === undefined) throw new Error(`the suivi has no line « ${LINE} »`)
      // The line is carried out by the tool, and anyone reading the suivi sees that.
      expect(ofLine.delivered.map((link) => link.target.id)).toContain(toolId)
      return ofLine.surveySignals.filter((signal) => signal.surveyId === surveyId)
    }

    it('says nothing of a survey nobody answered yet', async () => {
      expect(await signalsSeenBy('admin')).toEqual([
        expect.objectContaining({ toolDocumentId: toolId, usefulness: null, answers: 0 }),
      ])
      expect((await signalsSeenBy('admin'))[0]?.callsForAdjustment).toBe(false)
    })

    it('flags the line when the linked tool is rated under 3/5', async () => {
      await answer('lille', LILLE, 2)
      expect(await signalsSeenBy('admin')).toEqual([
        {
          surveyId,
          surveyTitle: 'Usage des outils du réseau',
          toolDocumentId: toolId,
          toolTitle: TOOL,
          usefulness: 2,
          answers: 1,
          callsForAdjustment: true,
        },
      ])
    })

    it('shows the signal to the comité de pilotage and the CoRE, not to the CLPE nor a lecteur', async () => {
      expect((await signalsSeenBy('copil'))[0]?.callsForAdjustment).toBe(true)
      expect(await signalsSeenBy('lille')).toEqual([])
      expect(await signalsSeenBy('lecteur')).toEqual([])
      expect(await signalsSeenBy('lens')).toEqual([])
      // Once Lens's contributeur is a member of the CoRE, the signal is his to see too.
      const joined = await api.request(
        'PUT',
        `/api/spaces/${REGIONAL_SPACE_IDS.core}/members/${demo.ids.lens}`,
        { as: demo.as.admin, body: { role: 'lecteur' } },
      )
      expect(joined.status).toBe(200)
      expect((await signalsSeenBy('lens'))[0]?.usefulness).toBe(2)
      // The survey's own results stay the regional team's (not even shown to exist).
      const results = await api.request('GET', `/api/surveys/${surveyId}/results`, {
        as: demo.as.copil,
      })
      expect(results.status).toBe(404)
    })

    it('lifts the flag once the mean reaches 3/5', async () => {
      await answer('lens', LENS, 4)
      const [signal] = await signalsSeenBy('copil')
      expect(signal).toMatchObject({ usefulness: 3, answers: 2, callsForAdjustment: false })
    })
  },
)
