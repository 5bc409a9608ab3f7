import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MaturityCampaignsView, MaturityDocumentView } from '@maillage/schema'
import { createApiClient, type ApiClient, type SessionCredential } from '../helpers/apiClient.ts'
import { maturityPath } from '../helpers/maturityFixture.ts'
import { startScaledCluster, type ScaledCluster } from '../helpers/scaledCluster.ts'

// The démarche de progression scaled out: two processes over one PostgreSQL database and Redis.
// Two members of one CLPE, each on a process, open the self-assessment at the same moment.

const LILLE = 'clpe-59004'

describe('the démarche de progression on two processes', () => {
  let cluster: ScaledCluster
  const apis: ApiClient[] = []
  let nadia: SessionCredential
  let elodie: SessionCredential

  const api = (index: number): ApiClient => {
    const found = apis[index]
    if (found === undefined) throw new Error(`no API client for process ${index}`)
    return found
  }

  beforeAll(async () => {
    cluster = await startScaledCluster({
      processes: 2,
      env: { MAILLAGE_AUTH: 'session', MAILLAGE_DEMO_DATA: 'true' },
    })
    for (const server of cluster.processes) apis.push(createApiClient(server.httpUrl))
    nadia = (await api(0).signIn('lille@demo.maillage.fr')).credential
    elodie = (await api(1).signIn('lille2@demo.maillage.fr')).credential
  }, 120_000)
  afterAll(async () => {
    await cluster.dispose()
  })

  it('seeds the demo campaigns once, and opens one document for members on both', async () => {
    const list = await api(1).request<MaturityCampaignsView>(
      'GET',
      '/api/demarche-de-progression',
      { as: elodie },
    )
    expect(list.body.campaigns.map((campaign) => campaign.title)).toEqual([
      'Démarche de progression 2025',
      'Démarche de progression 2026',
    ])
    const open = list.body.campaigns.find((campaign) => campaign.status === 'ouverte')
    if (open === undefined) throw new Error('the demo has an open campaign')
    const opened = await Promise.all(
      [0, 1, 0, 1].map((index) =>
        api(index).request<MaturityDocumentView>('POST', maturityPath(LILLE, open.id), {
          as: index === 0 ? nadia : elodie,
        }),
      ),
    )
    expect(opened.map((answer) => answer.status)).toEqual([200, 200, 200, 200])
    expect(new Set(opened.map((answer) => answer.body.documentId)).size).toBe(1)
    const submitted = await Promise.all(
      [0, 1].map((index) =>
        api(index).request<{ error: { code: string } }>(
          'POST',
          maturityPath(LILLE, open.id, 'soumission'),
          { as: index === 0 ? nadia : elodie },
        ),
      ),
    )
    expect(submitted.map((answer) => answer.body.error.code)).toEqual([
      'MATURITY_INCOMPLETE',
      'MATURITY_INCOMPLETE',
    ])
  })
})
