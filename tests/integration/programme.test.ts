import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type {
  ApiErrorBody,
  DecisionView,
  ProgrammeComparisonView,
  ProgrammeFollowUpView,
  ProgrammeOverviewView,
  ProgrammeTargetLinesView,
  ProgrammeVersionView,
} from '@maillage/protocol'
import { createTestDatabase, type TestDatabase } from '@maillage/server'
import { createApiClient, type ApiClient, type Credential } from '../helpers/apiClient.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

const BASE = '/api/gouvernance/programme'
const NAMES = ['admin', 'copil', 'lille', 'lecteur'] as const
type Name = (typeof NAMES)[number]

const LINE = {
  partner: 'AFPA',
  kind: 'appui-methodologique',
  title: 'Appui à l’ingénierie de formation',
  description: 'Construire des parcours courts avec les organismes du territoire.',
  targetClpeCount: 8,
}

// Against both stores: the steps' compare-and-set and the line edits' step check are the store's.
describe.each(['memory', 'postgres'] as const)(
  'the programme d’accompagnement (%s store)',
  (kind) => {
    let database: TestDatabase | undefined
    let server: TestServer
    let api: ApiClient
    let as: Record<Name, Credential>

    beforeAll(async () => {
      database = kind === 'postgres' ? await createTestDatabase() : undefined
      server = await startServer({
        auth: 'session',
        demoData: true,
        ...(database === undefined ? {} : { store: { kind: 'postgres', url: database.url } }),
      })
      api = createApiClient(server.httpUrl)
      const signedIn = await Promise.all(
        NAMES.map((name) => api.signIn(`${name}@demo.maillage.fr`)),
      )
      as = Object.fromEntries(
        NAMES.map((name, index) => [name, signedIn[index]?.credential]),
      ) as Record<Name, Credential>
    })
    afterAll(async () => {
      await server.close()
      await database?.drop()
    })

    async function overview(who: Name): Promise<ProgrammeOverviewView> {
      const response = await api.request<ProgrammeOverviewView>('GET', BASE, { as: as[who] })
      expect(response.status).toBe(200)
      return response.body
    }
    function move(who: Name, versionId: string, to: string) {
      return api.request<{ version: ProgrammeVersionView } & ApiErrorBody>(
        'POST',
        `${BASE}/versions/${versionId}/etape`,
        { as: as[who], body: { to } },
      )
    }
    async function current(): Promise<ProgrammeVersionView> {
      const found = (await overview('admin')).current
      if (found === null) throw new Error('the demo programme has a version')
      return found
    }

    it('seeds a first version, proposé, of a dozen lines across five partners, read by every member', async () => {
      const seen = await overview('lecteur')
      expect(seen.versions).toHaveLength(1)
      expect(seen.current?.status).toBe('propose')
      expect(seen.current?.lines.length).toBeGreaterThanOrEqual(10)
      expect(new Set(seen.current?.lines.map((line) => line.partner)).size).toBe(5)
      expect(seen.current?.rights).toEqual({
        canDraft: false,
        canSendBack: false,
        canEditLines: false,
      })
      expect(seen.canCreateVersion).toBe(false)
      expect((await overview('admin')).current?.rights.canEditLines).toBe(true)
      expect((await api.request('GET', BASE)).status).toBe(401)
    })

    it('lets only the regional team edit the lines of a version proposé', async () => {
      const version = await current()
      const refused = await api.request<ApiErrorBody>(
        'POST',
        `${BASE}/versions/${version.id}/lignes`,
        {
          as: as.lille,
          body: LINE,
        },
      )
      expect(refused.status).toBe(403)
      const tooLong = await api.request<ApiErrorBody>(
        'POST',
        `${BASE}/versions/${version.id}/lignes`,
        {
          as: as.admin,
          body: { ...LINE, title: 'x'.repeat(201) },
        },
      )
      expect(tooLong.status).toBe(400)
      expect(tooLong.body.error.details?.['title']).toBeDefined()
      const added = await api.request<{ version: ProgrammeVersionView }>(
        'POST',
        `${BASE}/versions/${version.id}/lignes`,
        { as: as.admin, body: LINE },
      )
      expect(added.status).toBe(201)
      expect(added.body.version.lines.at(-1)).toMatchObject({ partner: 'AFPA', targetClpeCount: 8 })
    })

    it('moves one step at a time, each by its instance, audited and recorded as a decision', async () => {
      const version = await current()
      // Who may move to « validé en COPIL »: the comité de pilotage's members only, not the admin.
      expect((await move('admin', version.id, 'valide-copil')).status).toBe(403)
      expect((await move('lille', version.id, 'valide-copil')).status).toBe(403)
      expect((await move('lecteur', version.id, 'valide-copil')).status).toBe(403)
      // No skipping: the bureau's animateur (the admin) cannot validate before the COPIL.
      const skipped = await move('admin', version.id, 'valide-bureau-core')
      expect(skipped.status).toBe(409)
      expect(skipped.body.error.code).toBe('PROGRAMME_STEP_REFUSED')
      expect((await overview('copil')).current?.rights.nextStep).toBe('valide-copil')

      // Parallel validations: exactly one succeeds.
      const attempts = await Promise.all(
        Array.from({ length: 6 }, () => move('copil', version.id, 'valide-copil')),
      )
      expect(attempts.filter((attempt) => attempt.status === 200)).toHaveLength(1)
      for (const attempt of attempts.filter((found) => found.status !== 200)) {
        expect(attempt.status).toBe(409)
        expect(attempt.body.error.code).toBe('PROGRAMME_STEP_REFUSED')
      }
      const validated = await current()
      expect(validated.status).toBe('valide-copil')
      expect(validated.history.map((entry) => entry.step)).toEqual(['propose', 'valide-copil'])
      expect(validated.history[1]?.by.name).toBe('Sophie Martin')

      // Lines are frozen once validated.
      const line = validated.lines[0]
      const frozen = await api.request<ApiErrorBody>('PUT', `${BASE}/lignes/${line?.id ?? ''}`, {
        as: as.admin,
        body: LINE,
      })
      expect(frozen.status).toBe(409)
      expect(frozen.body.error.code).toBe('PROGRAMME_VERSION_LOCKED')

      // The bureau du CoRE (its space's animateurs), then the regional team presents it.
      expect((await move('copil', version.id, 'valide-bureau-core')).status).toBe(403)
      expect((await move('admin', version.id, 'valide-bureau-core')).status).toBe(200)
      expect((await move('copil', version.id, 'presente-clpe')).status).toBe(403)
      expect((await move('admin', version.id, 'presente-clpe')).status).toBe(200)
      expect((await move('admin', version.id, 'presente-clpe')).status).toBe(409)

      const audit = await api.request<{
        entries: { action: string; target?: string; details?: Record<string, string> }[]
      }>('GET', '/api/audit', { as: as.admin })
      const moves = audit.body.entries.filter(
        (entry) => entry.action === 'programme.step-moved' && entry.target === version.id,
      )
      expect(moves.map((entry) => entry.details?.['step'])).toEqual([
        'valide-copil',
        'valide-bureau-core',
        'presente-clpe',
      ])

      const about = await api.request<{ decisions: DecisionView[] }>(
        'GET',
        `/api/gouvernance/decisions/a-propos/programme/${version.id}`,
        { as: as.copil },
      )
      expect(about.status).toBe(200)
      // The demo's séances may have decided about the programme too: only its steps are counted.
      const steps = about.body.decisions.filter((decision) => decision.source.kind === 'programme')
      const byInstance = steps.map((decision) => decision.instanceId).sort()
      expect(byInstance).toEqual(['bureau-core', 'comite-territoires-elargi', 'copil'])
      expect(steps.every((decision) => decision.text.includes(`version ${version.number}`))).toBe(
        true,
      )
    })

    it('makes a new version as a copy, compares it with the previous, one draft at a time', async () => {
      const first = await current()
      const created = await api.request<{ version: ProgrammeVersionView }>(
        'POST',
        `${BASE}/versions`,
        {
          as: as.admin,
          body: { title: 'Programme 2028, révisé après le bilan' },
        },
      )
      expect(created.status).toBe(201)
      const second = created.body.version
      expect(second).toMatchObject({ number: 2, status: 'propose', basedOn: first.id })
      expect(second.lines.map((line) => line.lineKey)).toEqual(
        first.lines.map((line) => line.lineKey),
      )

      const again = await api.request<ApiErrorBody>('POST', `${BASE}/versions`, {
        as: as.admin,
        body: { title: 'Une troisième' },
      })
      expect(again.status).toBe(409)
      expect(again.body.error.code).toBe('PROGRAMME_DRAFT_EXISTS')

      const [changed, removed] = second.lines
      await api.request('PUT', `${BASE}/lignes/${changed?.id ?? ''}`, {
        as: as.admin,
        body: { ...LINE, partner: changed?.partner, kind: changed?.kind, title: 'Titre revu' },
      })
      await api.request('DELETE', `${BASE}/lignes/${removed?.id ?? ''}`, { as: as.admin })
      await api.request('POST', `${BASE}/versions/${second.id}/lignes`, {
        as: as.admin,
        body: { ...LINE, title: 'Une ligne nouvelle' },
      })
      const compared = await api.request<ProgrammeComparisonView>(
        'GET',
        `${BASE}/comparaison/${first.id}/${second.id}`,
        { as: as.lecteur },
      )
      expect(compared.status).toBe(200)
      expect(compared.body.added.map((line) => line.title)).toEqual(['Une ligne nouvelle'])
      expect(compared.body.removed.map((line) => line.lineKey)).toEqual([removed?.lineKey])
      expect(compared.body.changed.map((change) => change.after.title)).toEqual(['Titre revu'])
      expect(compared.body.changed[0]?.fields).toContain('title')
    })

    it('is sent back to proposé with a reason by the COPIL, then no longer skips ahead', async () => {
      const version = await current()
      const noReason = await api.request<ApiErrorBody>(
        'POST',
        `${BASE}/versions/${version.id}/renvoi`,
        {
          as: as.copil,
          body: { reason: '' },
        },
      )
      expect(noReason.status).toBe(400)
      expect(
        (
          await api.request('POST', `${BASE}/versions/${version.id}/renvoi`, {
            as: as.admin,
            body: { reason: 'Pas pour nous' },
          })
        ).status,
      ).toBe(403)
      const sent = await api.request<{ version: ProgrammeVersionView }>(
        'POST',
        `${BASE}/versions/${version.id}/renvoi`,
        { as: as.copil, body: { reason: 'Préciser les cibles des ateliers.' } },
      )
      expect(sent.status).toBe(200)
      expect(sent.body.version.status).toBe('propose')
      expect(sent.body.version.history.at(-1)).toMatchObject({
        step: 'propose',
        sentBackFrom: 'propose',
        reason: 'Préciser les cibles des ateliers.',
      })
    })

    it('links what carries a line out, and follows up what was delivered and the CLPE reached', async () => {
      const version = await current()
      const followUp = await api.request<ProgrammeFollowUpView>(
        'GET',
        `${BASE}/versions/${version.id}/suivi`,
        { as: as.lecteur },
      )
      expect(followUp.status).toBe(200)
      // The past BMO atelier of the demo, attended by members of Lille and Lens.
      const bmoLine = version.lines.find((line) => line.title === 'Appui à la lecture des BMO')
      const bmo = followUp.body.lines.find((line) => line.lineKey === bmoLine?.lineKey)
      expect(bmo?.delivered).toHaveLength(1)
      expect(bmo?.delivered[0]?.path).toMatch(/^\/ateliers\//)
      expect(bmo?.clpeReached.map((clpe) => clpe.spaceId).sort()).toEqual([
        'clpe-59004',
        'clpe-62005',
      ])
      expect(bmo?.targetClpeCount).toBe(15)

      const atelierId = bmo?.delivered[0]?.target.id ?? ''
      const newLine = version.lines.find((line) => line.title === 'Une ligne nouvelle')
      const body = { lineId: newLine?.id, target: { kind: 'atelier', id: atelierId } }
      expect((await api.request('POST', `${BASE}/liens`, { as: as.copil, body })).status).toBe(403)
      const wrongKind = await api.request<ApiErrorBody>('POST', `${BASE}/liens`, {
        as: as.admin,
        body: { ...body, target: { kind: 'outil', id: atelierId } },
      })
      expect(wrongKind.status).toBe(400)
      const linked = await api.request<{ link: { id: string } }>('POST', `${BASE}/liens`, {
        as: as.admin,
        body,
      })
      expect(linked.status).toBe(201)
      expect((await api.request('POST', `${BASE}/liens`, { as: as.admin, body })).status).toBe(409)

      const mention = await api.request<ProgrammeTargetLinesView>(
        'GET',
        `${BASE}/cibles/atelier/${atelierId}`,
        { as: as.lille },
      )
      expect(mention.status).toBe(200)
      expect(mention.body.lines.map((line) => line.title).sort()).toEqual([
        'Appui à la lecture des BMO',
        'Une ligne nouvelle',
      ])
      expect(
        (await api.request('DELETE', `${BASE}/liens/${linked.body.link.id}`, { as: as.lille }))
          .status,
      ).toBe(403)
      expect(
        (await api.request('DELETE', `${BASE}/liens/${linked.body.link.id}`, { as: as.admin }))
          .status,
      ).toBe(204)
      const after = await api.request<ProgrammeTargetLinesView>(
        'GET',
        `${BASE}/cibles/atelier/${atelierId}`,
        {
          as: as.lille,
        },
      )
      expect(after.body.lines.map((line) => line.title)).toEqual(['Appui à la lecture des BMO'])
    })
  },
)
