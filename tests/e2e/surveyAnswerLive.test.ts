import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { SyncStatus } from '../helpers/documentScreen.ts'
import { changeableControls, statusLine, statusSaying } from '../helpers/readOnlyScreen.ts'
import { saveScreenshot } from '../helpers/saveScreenshot.ts'
import { waitFor } from '../helpers/waitFor.ts'
import {
  DemoAccount,
  LILLE_SPACE_ID,
  startWebFixture,
  type WebFixture,
} from '../helpers/webFixture.ts'

const DAY_MS = 24 * 60 * 60 * 1000
const QUESTION = 'Quel besoin reste sans outil ?'
const FIRST = 'Un suivi partagé des jeunes sans solution.'
const AFTER = ' Et une carte des employeurs.'
const SENT_BY_NADIA = /^Réponse envoyée le .+ par Nadia Benali\./

describe('a survey answer filled by two members of Lille, one of whom sends it', () => {
  let fixture: WebFixture
  let nadia: BrowserUser
  let elodie: BrowserUser
  let path: string

  beforeAll(async () => {
    fixture = await startWebFixture()
    const admin = (await fixture.api.signIn(DemoAccount.admin.email)).credential
    const created = await fixture.api.request<{ survey: { id: string } }>('POST', '/api/surveys', {
      as: admin,
      body: {
        title: 'Besoins 2027',
        targetSpaceIds: [LILLE_SPACE_ID],
        questions: [{ kind: 'text', label: QUESTION }],
      },
    })
    const id = created.body.survey.id
    const opened = await fixture.api.request('POST', `/api/surveys/${id}/open`, {
      as: admin,
      body: {
        opensAt: new Date(Date.now() - DAY_MS).toISOString(),
        closesAt: new Date(Date.now() + DAY_MS).toISOString(),
      },
    })
    expect(opened.status).toBe(200)
    path = `/enquetes/${id}/reponses/${LILLE_SPACE_ID}`
    ;[nadia, elodie] = await Promise.all([
      fixture.signIn(DemoAccount.lille.email),
      fixture.signIn('lille2@demo.maillage.fr'),
    ])
    for (const page of [nadia.page, elodie.page]) {
      await page.goto(path)
      await statusSaying(page, SyncStatus.Synced).waitFor()
    }
  })
  afterAll(async () => {
    await fixture.close()
  })

  const answerField = (page: Page) => page.getByRole('textbox', { name: QUESTION, exact: true })

  it('tells Élodie live that Nadia sent it, and turns her form read-only', async () => {
    await answerField(elodie.page).click()
    await elodie.page.keyboard.type(FIRST)
    await waitFor(async () => {
      expect(await answerField(nadia.page).inputValue()).toBe(FIRST)
    })
    await nadia.page.getByRole('button', { name: 'Envoyer la réponse', exact: true }).click()

    const told = elodie.page.getByRole('status').filter({ hasText: SENT_BY_NADIA })
    await told.waitFor()
    await statusSaying(elodie.page, 'Lecture seule — à jour, en direct').waitFor()
    expect(await changeableControls(elodie.page)).toEqual([])
    expect(await answerField(elodie.page).isEditable()).toBe(false)
    // What she types now goes nowhere, and the page does not pretend otherwise.
    await answerField(elodie.page).click()
    await elodie.page.keyboard.type(AFTER)
    expect(await answerField(elodie.page).inputValue()).toBe(FIRST)
    expect(await statusLine(elodie.page).textContent()).not.toContain(SyncStatus.Synced)
    await elodie.page.getByRole('button', { name: 'Modifier la réponse', exact: true }).waitFor()
    await saveScreenshot(elodie.page, 'reponse-envoyee-co-remplisseuse')
  })

  it('lets Élodie take it back: both may type again, and the last sending still shows', async () => {
    await elodie.page.getByRole('button', { name: 'Modifier la réponse', exact: true }).click()
    for (const page of [nadia.page, elodie.page]) {
      await page.getByRole('button', { name: 'Envoyer la réponse', exact: true }).waitFor()
      await statusSaying(page, SyncStatus.Synced).waitFor()
      await page
        .getByRole('status')
        .filter({ hasText: /^Dernier envoi le .+ par Nadia Benali/ })
        .waitFor()
    }
    await waitFor(async () => {
      expect(await answerField(nadia.page).isEditable()).toBe(true)
    })
    await answerField(nadia.page).click()
    await nadia.page.keyboard.press('End')
    await nadia.page.keyboard.type(AFTER)
    await waitFor(async () => {
      expect(await answerField(elodie.page).inputValue()).toBe(FIRST + AFTER)
    })
  })
})
