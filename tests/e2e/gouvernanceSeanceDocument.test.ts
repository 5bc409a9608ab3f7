import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MeetingView } from '@maillage/protocol'
import {
  auditAccessibility,
  blockingViolations,
  describeViolations,
} from '../helpers/auditAccessibility.ts'
import {
  DemoAccount,
  LILLE_SPACE_ID,
  startWebFixture,
  type WebFixture,
} from '../helpers/webFixture.ts'

// A séance's document opened by its document's address (a search result, a space's list, a
// notification) lands on the séance's page, the address replaced; someone who may not read the
// séance is told so.

const TITLE = 'Plénière de rentrée'

describe('a séance’s document opened by its address', () => {
  let fixture: WebFixture
  let meeting: MeetingView

  beforeAll(async () => {
    fixture = await startWebFixture()
    const admin = await fixture.api.signIn(DemoAccount.admin.email)
    const created = await fixture.api.request<MeetingView>('POST', '/api/gouvernance/seances', {
      as: admin.credential,
      body: {
        instanceId: `${LILLE_SPACE_ID}-pleniere`,
        title: TITLE,
        date: '2027-09-16',
        time: '09:30',
        durationMinutes: 120,
      },
    })
    expect(created.status, created.text).toBe(201)
    meeting = created.body
  })
  afterAll(async () => {
    await fixture.close()
  })

  it('lands on the séance’s page, from /documents/… and from the séance’s document path', async () => {
    const { page } = await fixture.signIn(DemoAccount.lecteur.email)
    const heading = page.getByRole('heading', {
      name: `${meeting.instanceName} — ${TITLE}`,
      level: 1,
    })
    for (const path of [
      `/documents/${meeting.documentId}`,
      `/gouvernance/seances/document/${meeting.documentId}`,
    ]) {
      await page.goto(`${fixture.server.httpUrl}/`)
      await page.goto(`${fixture.server.httpUrl}${path}`)
      await page.waitForURL(`${fixture.server.httpUrl}/gouvernance/seances/${meeting.id}`)
      await heading.waitFor()
      // Replaced: going back leaves the séance for the page before, not the document's address.
      await page.goBack()
      await page.waitForURL(`${fixture.server.httpUrl}/`)
    }
    await page.goForward()
    await heading.waitFor()
    const violations = blockingViolations(await auditAccessibility(page))
    expect(violations, describeViolations(violations)).toEqual([])
  })

  it('tells someone who may not read the séance that it is not there for them', async () => {
    const { page } = await fixture.signIn(DemoAccount.lens.email)
    await page.goto(`${fixture.server.httpUrl}/gouvernance/seances/document/${meeting.documentId}`)
    await page
      .getByRole('alert')
      .filter({ hasText: 'Cette séance n’existe pas ou vous n’y avez pas accès.' })
      .waitFor()
    expect(new URL(page.url()).pathname).toBe(`/gouvernance/seances/document/${meeting.documentId}`)
    const violations = blockingViolations(await auditAccessibility(page))
    expect(violations, describeViolations(violations)).toEqual([])
  })
})
