import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { SyncStatus } from '../helpers/documentScreen.ts'
import { isFocused } from '../helpers/keyboardFocus.ts'
import { statusSaying } from '../helpers/readOnlyScreen.ts'
import { ARTIFACTS_DIR, saveScreenshot } from '../helpers/saveScreenshot.ts'
import {
  DemoAccount,
  LILLE_SPACE_ID,
  startWebFixture,
  type WebFixture,
} from '../helpers/webFixture.ts'
import { waitFor } from '../helpers/waitFor.ts'

const DAY_MS = 24 * 60 * 60 * 1000
const TITLE = 'Enquête sur DORA'
const PICKED = 'DORA'
const USAGE_QUESTION = `Utilisez-vous « ${PICKED} » ?`
const SURVEY_PATH = /\/enquetes\/(?!nouvelle$)([^/?#]+)$/

describe('a survey about the tools its author picks, with each CLPE’s answer in the results', () => {
  let fixture: WebFixture
  let camille: BrowserUser
  let nadia: BrowserUser
  let surveyId: string

  beforeAll(async () => {
    fixture = await startWebFixture()
    ;[camille, nadia] = await Promise.all([
      fixture.signIn(DemoAccount.admin.email),
      fixture.signIn(DemoAccount.lille.email),
    ])
  })
  afterAll(async () => {
    await fixture.close()
  })

  it('refuses a survey without a title with the error summary, focused and leading to the field', async () => {
    const page = camille.page
    await page.goto('/enquetes/nouvelle')
    const title = page.getByLabel('Titre', { exact: true })
    await page
      .getByRole('group', { name: 'Outils sur lesquels interroger les CLPE', exact: true })
      .getByRole('checkbox', { name: PICKED, exact: true })
      .waitFor()
    await title.focus()
    await page.keyboard.press('Enter')
    const summary = page.getByRole('alert').filter({ hasText: 'Le formulaire contient 1 erreur' })
    await waitFor(async () => {
      expect(await isFocused(page, summary)).toBe(true)
    })
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await waitFor(async () => {
      expect(await isFocused(page, title)).toBe(true)
    })
  })

  it('asks about the tools ticked by the author, and no other', async () => {
    const page = camille.page
    await page.goto('/enquetes/nouvelle')
    await page.getByLabel('Titre', { exact: true }).fill(TITLE)
    const tools = page.getByRole('group', {
      name: 'Outils sur lesquels interroger les CLPE',
      exact: true,
    })
    await tools.getByRole('checkbox', { name: PICKED, exact: true }).waitFor()
    for (const tool of await tools.getByRole('checkbox').all()) await tool.uncheck()
    await tools.getByRole('checkbox', { name: PICKED, exact: true }).check()
    await saveScreenshot(page, 'nouvelle-enquete-choix-des-outils')
    await page.getByRole('button', { name: 'Nouvelle enquête', exact: true }).click()
    await page.waitForURL(SURVEY_PATH)
    surveyId = SURVEY_PATH.exec(new URL(page.url()).pathname)?.[1] ?? ''

    const { credential } = await fixture.api.signIn(DemoAccount.admin.email)
    const survey = await fixture.api.request<{ survey: { questions: { toolTitle?: string }[] } }>(
      'GET',
      `/api/surveys/${surveyId}`,
      { as: credential },
    )
    const asked = new Set(survey.body.survey.questions.map((question) => question.toolTitle))
    expect([...asked]).toEqual([PICKED])
    const targeted = await fixture.api.request('PATCH', `/api/surveys/${surveyId}`, {
      as: credential,
      body: { targetSpaceIds: [LILLE_SPACE_ID] },
    })
    expect(targeted.status).toBe(200)
    const opened = await fixture.api.request('POST', `/api/surveys/${surveyId}/open`, {
      as: credential,
      body: {
        opensAt: new Date(Date.now() - DAY_MS).toISOString(),
        closesAt: new Date(Date.now() + DAY_MS).toISOString(),
      },
    })
    expect(opened.status).toBe(200)
  })

  it('shows, under each question of the results, what each CLPE answered', async () => {
    const page = nadia.page
    await page.goto(`/enquetes/${surveyId}/reponses/${LILLE_SPACE_ID}`)
    await statusSaying(page, SyncStatus.Synced).waitFor()
    await page.getByLabel(USAGE_QUESTION, { exact: true }).selectOption({ label: 'Oui' })
    await page.getByRole('button', { name: 'Envoyer la réponse', exact: true }).click()
    await page
      .getByRole('status')
      .filter({ hasText: /^Réponse envoyée le / })
      .waitFor()

    const results = camille.page
    await results.goto(`/enquetes/${surveyId}/resultats`)
    const question = results.getByRole('region', { name: USAGE_QUESTION, exact: true })
    await question.getByText('Réponse de chaque CLPE', { exact: true }).click()
    const row = question.getByRole('row', { name: /CLPE Lille Métropole/ })
    await row.getByRole('cell', { name: 'Oui', exact: true }).waitFor()
    await question.screenshot({ path: `${ARTIFACTS_DIR}resultats-par-clpe.png` })
    await saveScreenshot(results, 'resultats-enquete-par-clpe')
  })
})
