import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type {
  InstanceDetailView,
  InstanceListView,
  MandateChangeView,
  MandateView,
} from '@maillage/protocol'
import { createTestDatabase, type TestDatabase } from '@maillage/server'
import { allowExitListeners } from '../helpers/allowExitListeners.ts'
import { createApiClient, type ApiClient } from '../helpers/apiClient.ts'
import { createManualClock } from '../helpers/manualClock.ts'
import { signInDemoAccounts, type DemoAccounts } from '../helpers/signInDemoAccounts.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

// The governance's instances through the API: the seeded instances and who reads them, the
// mandates (dates, bounds, who may), the comité de pilotage's rule « au moins 3 CLPE de profils
// différents » broken by a rotation's first step and respected again by its second, its rotation
// history, and each CLPE's profile. Today is 7 December 2026 (a frozen clock).

const TODAY = '2026-12-07'
const NOW = Date.parse(`${TODAY}T10:00:00.000Z`)

type Names = 'admin' | 'lille' | 'lens' | 'copil' | 'lecteur'
const NAMES: readonly Names[] = ['admin', 'lille', 'lens', 'copil', 'lecteur']

async function open(store: 'memory' | TestDatabase) {
  const server = await startServer({
    auth: 'session',
    demoData: true,
    timers: createManualClock(NOW),
    ...(store === 'memory' ? {} : { store: { kind: 'postgres', url: store.url } }),
  })
  const api = createApiClient(server.httpUrl)
  const demo = await signInDemoAccounts(api, NAMES)
  return { server, api, demo }
}

async function copilOf(api: ApiClient, demo: DemoAccounts<Names>, as: Names = 'lecteur') {
  const response = await api.request<InstanceDetailView>(
    'GET',
    '/api/gouvernance/instances/copil',
    {
      as: demo.as[as],
    },
  )
  expect(response.status, response.text).toBe(200)
  return response.body
}

function seatOf(view: InstanceDetailView, body: string): MandateView {
  const found = view.mandates.find(
    (mandate) => mandate.body === body && mandate.status !== 'termine',
  )
  if (found === undefined) throw new Error(`no running seat of ${body}`)
  return found
}

describe.each(['memory', 'postgres'] as const)('the comité de pilotage’s rule (%s)', (kind) => {
  let database: TestDatabase | undefined
  let server: TestServer
  let api: ApiClient
  let demo: DemoAccounts<Names>

  allowExitListeners(4)

  beforeAll(async () => {
    if (kind === 'postgres') database = await createTestDatabase()
    ;({ server, api, demo } = await open(database ?? 'memory'))
  })
  afterAll(async () => {
    await server.close()
    await database?.drop()
  })

  it('is respected by the seed: 3 CLPE of 3 profiles, and one past rotation', async () => {
    const copil = await copilOf(api, demo)
    expect(copil.today).toBe(TODAY)
    expect(copil.instance).toMatchObject({ name: 'Comité de pilotage', quorum: 8 })
    expect(copil.rule).toMatchObject({
      respected: true,
      code: 'REGLE_RESPECTEE',
      distinctProfiles: 3,
    })
    expect(copil.rule?.clpe.map((clpe) => [clpe.name, clpe.profile])).toEqual([
      ['CLPE Lille Métropole', 'urbain'],
      ['CLPE Saint-Omer', 'periurbain'],
      ['CLPE Sambre-Avesnois', 'rural'],
    ])
    expect(
      copil.rotation?.map((mandate) => [mandate.body, mandate.startsOn, mandate.status]),
    ).toEqual([
      ['CLPE Sambre-Avesnois', '2026-07-01', 'en-cours'],
      ['CLPE Lille Métropole', '2025-01-01', 'en-cours'],
      ['CLPE Saint-Omer', '2025-01-01', 'en-cours'],
      ['CLPE Vervins', '2025-01-01', 'termine'],
    ])
    const colleges = new Set(copil.mandates.map((mandate) => mandate.college))
    expect([...colleges].sort()).toEqual([
      'clpe',
      'etat',
      'france-travail',
      'partenaires-sociaux',
      'region',
    ])
    expect(copil.canManage).toBe(false)
  })

  it('is broken by ending a CLPE’s mandate, flagged and audited, then respected with another CLPE', async () => {
    const saintOmer = seatOf(await copilOf(api, demo), 'CLPE Saint-Omer')
    const ended = await api.request<MandateChangeView>(
      'POST',
      `/api/gouvernance/instances/copil/membres/${saintOmer.id}/fin`,
      { as: demo.as.admin, body: { endsOn: '2026-12-06' } },
    )
    expect(ended.status, ended.text).toBe(200)
    expect(ended.body.ruleBroken).toBe(true)
    expect(ended.body.mandate).toMatchObject({ endsOn: '2026-12-06', status: 'termine' })
    expect(ended.body.rule).toMatchObject({ respected: false, code: 'CLPE_INSUFFISANTS' })

    const broken = await copilOf(api, demo)
    expect(broken.rule).toMatchObject({ respected: false, code: 'CLPE_INSUFFISANTS' })
    expect(broken.rule?.explanation).toContain('Règle non respectée')

    const arras = await api.request<MandateChangeView>(
      'POST',
      '/api/gouvernance/instances/copil/membres',
      {
        as: demo.as.admin,
        body: {
          name: 'Aurélie Caudron',
          college: 'clpe',
          body: 'CLPE Arras',
          clpeSpaceId: 'clpe-62001',
          startsOn: TODAY,
        },
      },
    )
    expect(arras.status, arras.text).toBe(201)
    expect(arras.body).toMatchObject({
      ruleBroken: false,
      rule: { respected: true },
      mandate: { clpeProfile: 'periurbain', clpeName: 'CLPE Arras', status: 'en-cours' },
    })

    const repaired = await copilOf(api, demo)
    expect(repaired.rule).toMatchObject({ respected: true, code: 'REGLE_RESPECTEE' })
    expect(repaired.rotation?.slice(0, 2).map((mandate) => [mandate.body, mandate.status])).toEqual(
      [
        ['CLPE Arras', 'en-cours'],
        ['CLPE Sambre-Avesnois', 'en-cours'],
      ],
    )
    expect(repaired.rotation?.find((mandate) => mandate.body === 'CLPE Saint-Omer')).toMatchObject({
      endsOn: '2026-12-06',
      status: 'termine',
    })

    const audit = await api.request<{
      entries: { action: string; target?: string; details?: Record<string, string> }[]
    }>('GET', '/api/audit', { as: demo.as.admin })
    const mine = audit.body.entries.filter((entry) => entry.target === 'copil')
    expect(
      mine.map((entry) => [entry.action, entry.details?.rule, entry.details?.ruleBroken]),
    ).toEqual([
      ['instance.mandate-ended', 'CLPE_INSUFFISANTS', 'true'],
      ['instance.member-added', 'REGLE_RESPECTEE', undefined],
    ])
  })

  it('reads each CLPE’s current profile: two CLPE set to urbain leave one profile', async () => {
    for (const pleniere of ['clpe-62001-pleniere', 'clpe-59005-pleniere']) {
      const set = await api.request<InstanceDetailView>(
        'PUT',
        `/api/gouvernance/instances/${pleniere}/profil-clpe`,
        { as: demo.as.admin, body: { profile: 'urbain' } },
      )
      expect(set.status, set.text).toBe(200)
      expect(set.body.instance.clpeProfile).toBe('urbain')
    }
    const copil = await copilOf(api, demo)
    expect(copil.rule).toMatchObject({
      respected: false,
      code: 'PROFILS_IDENTIQUES',
      distinctProfiles: 1,
    })
  })
})

describe('the instances and their mandates', () => {
  let server: TestServer
  let api: ApiClient
  let demo: DemoAccounts<Names>

  allowExitListeners(4)

  beforeAll(async () => {
    ;({ server, api, demo } = await open('memory'))
  })
  afterAll(async () => {
    await server.close()
  })

  it('shows the regional instances to everyone, a CLPE’s only to its members and admins', async () => {
    const list = async (as: Names) =>
      (
        await api.request<InstanceListView>('GET', '/api/gouvernance/instances', {
          as: demo.as[as],
        })
      ).body
    const lecteur = await list('lecteur')
    expect(lecteur.regional.map((instance) => instance.id)).toEqual([
      'copil',
      'comite-territoires',
      'comite-territoires-elargi',
      'bureau-core',
    ])
    expect(lecteur.regional[0]?.activeMembers).toBe(14)
    expect(lecteur.clpe.map((instance) => instance.id)).toEqual([
      'clpe-59004-pleniere',
      'clpe-59004-bureau',
    ])
    expect((await list('lens')).clpe.map((instance) => instance.id)).toEqual([
      'clpe-62005-pleniere',
      'clpe-62005-bureau',
    ])
    expect((await list('admin')).clpe).toHaveLength(52)
    const hidden = await api.request('GET', '/api/gouvernance/instances/clpe-62005-pleniere', {
      as: demo.as.lille,
    })
    expect(hidden.status).toBe(404)
    const anonymous = await api.request('GET', '/api/gouvernance/instances')
    expect(anonymous.status).toBe(401)
  })

  it('lets only admins and the animateurs of the instance’s space add a member', async () => {
    const body = {
      name: 'Jeanne Leroy',
      college: 'autres',
      body: 'Association Chantiers du Nord',
      startsOn: TODAY,
    }
    for (const as of ['lecteur', 'lille', 'copil'] as const) {
      const refused = await api.request('POST', '/api/gouvernance/instances/copil/membres', {
        as: demo.as[as],
        body,
      })
      expect(refused.status, as).toBe(403)
    }
    const otherClpe = await api.request(
      'POST',
      '/api/gouvernance/instances/clpe-62005-bureau/membres',
      {
        as: demo.as.lille,
        body,
      },
    )
    expect(otherClpe.status).toBe(404)
    const added = await api.request<MandateChangeView>(
      'POST',
      '/api/gouvernance/instances/clpe-59004-bureau/membres',
      {
        as: demo.as.admin,
        body: { ...body, accountId: demo.ids.lille, endsOn: '2027-12-31' },
      },
    )
    expect(added.status, added.text).toBe(201)
    expect(added.body).toMatchObject({ rule: null, ruleBroken: false })
    const bureau = await api.request<InstanceDetailView>(
      'GET',
      '/api/gouvernance/instances/clpe-59004-bureau',
      {
        as: demo.as.lecteur,
      },
    )
    expect(bureau.body.mandates.map((mandate) => mandate.name)).toContain('Jeanne Leroy')
    expect(bureau.body.canManage).toBe(false)
  })

  it('refuses bad dates, long names, a CLPE seat without a CLPE and an ended mandate', async () => {
    const post = (body: Record<string, unknown>) =>
      api.request<{ error: { code: string; details?: Record<string, string> } }>(
        'POST',
        '/api/gouvernance/instances/comite-territoires/membres',
        { as: demo.as.admin, body },
      )
    const valid = {
      name: 'Paul Dumont',
      college: 'etat',
      body: 'DDETS du Nord',
      startsOn: '2026-01-01',
    }
    const backwards = await post({ ...valid, endsOn: '2025-12-31' })
    expect(backwards.status).toBe(400)
    expect(backwards.body.error.details?.endsOn).toBe(
      'La fin du mandat ne peut pas précéder son début.',
    )
    expect((await post({ ...valid, startsOn: '2026-02-30' })).status).toBe(400)
    expect((await post({ ...valid, name: 'x'.repeat(201) })).body.error.details).toHaveProperty(
      'name',
    )
    expect((await post({ ...valid, college: 'clpe' })).body.error.details).toHaveProperty(
      'clpeSpaceId',
    )
    expect(
      (await post({ ...valid, college: 'clpe', clpeSpaceId: 'core' })).body.error.details,
    ).toHaveProperty('clpeSpaceId')
    expect((await post({ ...valid, accountId: 'inconnu' })).body.error.details).toHaveProperty(
      'accountId',
    )

    const copil = await copilOf(api, demo, 'admin')
    const vervins = copil.rotation?.find((mandate) => mandate.body === 'CLPE Vervins')
    const again = await api.request<{ error: { code: string } }>(
      'POST',
      `/api/gouvernance/instances/copil/membres/${vervins?.id}/fin`,
      { as: demo.as.admin, body: { endsOn: '2026-12-01' } },
    )
    expect([again.status, again.body.error.code]).toEqual([409, 'INSTANCE_MANDATE_ENDED'])
    const region = seatOf(copil, 'Région Hauts-de-France')
    const beforeStart = await api.request(
      'POST',
      `/api/gouvernance/instances/copil/membres/${region.id}/fin`,
      { as: demo.as.admin, body: { endsOn: '2024-12-31' } },
    )
    expect(beforeStart.status).toBe(400)
    const elsewhere = await api.request(
      'POST',
      `/api/gouvernance/instances/bureau-core/membres/${region.id}/fin`,
      {
        as: demo.as.admin,
        body: { endsOn: TODAY },
      },
    )
    expect(elsewhere.status).toBe(404)
  })

  it('holds at most 200 running members per instance', async () => {
    const path = '/api/gouvernance/instances/clpe-80003-bureau/membres'
    for (let index = 0; index < 200; index += 1) {
      const added = await api.request('POST', path, {
        as: demo.as.admin,
        body: { name: `Membre ${index}`, college: 'autres', body: 'Association', startsOn: TODAY },
      })
      expect(added.status).toBe(201)
    }
    const full = await api.request<{ error: { code: string } }>('POST', path, {
      as: demo.as.admin,
      body: { name: 'Membre de trop', college: 'autres', body: 'Association', startsOn: TODAY },
    })
    expect([full.status, full.body.error.code]).toEqual([422, 'INSTANCE_FULL'])
  })

  it('lets only admins set a CLPE’s profile, on its plénière', async () => {
    const path = '/api/gouvernance/instances/clpe-59004-pleniere/profil-clpe'
    const byMember = await api.request('PUT', path, {
      as: demo.as.lille,
      body: { profile: 'rural' },
    })
    expect(byMember.status).toBe(403)
    const onCopil = await api.request('PUT', '/api/gouvernance/instances/copil/profil-clpe', {
      as: demo.as.admin,
      body: { profile: 'rural' },
    })
    expect(onCopil.status).toBe(400)
    const unknown = await api.request('PUT', path, {
      as: demo.as.admin,
      body: { profile: 'montagne' },
    })
    expect(unknown.status).toBe(400)
    const pleniere = await api.request<InstanceDetailView>(
      'GET',
      '/api/gouvernance/instances/clpe-59004-pleniere',
      {
        as: demo.as.admin,
      },
    )
    expect(pleniere.body).toMatchObject({
      canSetClpeProfile: true,
      instance: { clpeProfile: 'urbain' },
    })
  })
})
