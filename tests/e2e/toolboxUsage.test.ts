import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { ARTIFACTS_DIR } from '../helpers/saveScreenshot.ts'
import { DemoAccount, startWebFixture, type WebFixture } from '../helpers/webFixture.ts'

const TOOL = 'DORA'
const COMMENT = 'Indispensable pour orienter vers les structures d’insertion du bassin.'

describe('a CLPE member marking a tool as used by their CLPE', () => {
  let fixture: WebFixture
  let nadia: BrowserUser

  beforeAll(async () => {
    fixture = await startWebFixture()
    nadia = await fixture.signIn(DemoAccount.lille.email)
    await nadia.page.goto('/boite-a-outils')
  })
  afterAll(async () => {
    await fixture.close()
  })

  const card = (page: Page): Locator => page.getByRole('article', { name: TOOL, exact: true })

  it('records the usage without a rating until one is chosen', async () => {
    const tool = card(nadia.page)
    await tool.getByLabel('Utilisé par notre CLPE', { exact: true }).check()
    const usefulness = tool.getByLabel('Utilité (1 à 5)', { exact: true })
    expect(await usefulness.inputValue()).toBe('')
    await tool.getByRole('button', { name: 'Enregistrer', exact: true }).click()
    await tool.getByRole('status').filter({ hasText: 'Enregistré.' }).waitFor()
    await tool.getByText(/Utilisé par 1 CLPE : CLPE Lille Métropole · Utilité non notée/).waitFor()
  })

  it('shows the comment of the CLPE under the tool, for everyone', async () => {
    const tool = card(nadia.page)
    await tool.getByLabel('Utilité (1 à 5)', { exact: true }).selectOption('4')
    await tool.getByLabel('Commentaire (facultatif)', { exact: true }).fill(COMMENT)
    await tool.getByRole('button', { name: 'Enregistrer', exact: true }).click()
    const comments = tool.getByRole('region', { name: 'Ce qu’en disent les CLPE', exact: true })
    await comments.getByText(`CLPE Lille Métropole : « ${COMMENT} »`).waitFor()
    await tool.getByText(/Utilité 4,0 \/ 5 · Facilité non notée/).waitFor()
    await tool.screenshot({
      path: `${ARTIFACTS_DIR}outil-commentaire-clpe.png`,
      animations: 'disabled',
    })

    const thomas = await fixture.signIn(DemoAccount.lecteur.email)
    await thomas.page.goto('/boite-a-outils')
    await card(thomas.page)
      .getByRole('region', { name: 'Ce qu’en disent les CLPE', exact: true })
      .getByText(COMMENT, { exact: false })
      .waitFor()
  })
})
