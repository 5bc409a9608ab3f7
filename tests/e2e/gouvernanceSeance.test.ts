import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import {
  auditAccessibility,
  blockingViolations,
  describeViolations,
} from '../helpers/auditAccessibility.ts'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { clickIntoEditor } from '../helpers/clickIntoEditor.ts'
import { DemoAccount, startWebFixture, type WebFixture } from '../helpers/webFixture.ts'

// A séance of the comité de pilotage prepared, held and closed in the browser: Camille (the
// regional team) creates it, writes its ordre du jour and convokes the members; Sophie (copil@,
// DREETS) and Nadia (lille@, the CLPE of Lille's representative, contributrice of the comité's
// space) write the relevé together, each seeing the other's text; Camille opens and closes the
// séance and its decision enters the « Registre des décisions » and shows on the fiche outil it
// concerns.

const COPIL_SPACE = 'comite-de-pilotage'
const TITLE = 'Séance de travail sur l’offre'
const POINT = 'Retours des CLPE sur le cahier des charges'
const NOTE_SOPHIE = 'La DREETS présente la synthèse des retours.'
const NOTE_NADIA = 'Le CLPE de Lille demande un appui sur les diagnostics.'
const DECISION = 'Un atelier sur les diagnostics territoriaux est ajouté au programme.'

async function expectAccessible(page: Page): Promise<void> {
  const violations = blockingViolations(await auditAccessibility(page))
  expect(violations, describeViolations(violations)).toEqual([])
}

function releveOf(page: Page) {
  return page.getByRole('textbox', { name: 'Relevé des échanges' })
}

describe('a séance of the comité de pilotage, from its preparation to the register', () => {
  let fixture: WebFixture
  let camille: BrowserUser
  let sophie: BrowserUser
  let nadia: BrowserUser
  let seancePath: string
  let fiche: { id: string; title: string }

  beforeAll(async () => {
    fixture = await startWebFixture()
    const admin = await fixture.api.signIn(DemoAccount.admin.email)
    const nadiaId = (await fixture.api.signIn(DemoAccount.lille.email)).accountId
    const joined = await fixture.api.request(
      'PUT',
      `/api/spaces/${COPIL_SPACE}/members/${nadiaId}`,
      { as: admin.credential, body: { role: 'contributeur' } },
    )
    expect(joined.status).toBe(200)
    camille = await fixture.signIn(DemoAccount.admin.email)
    sophie = await fixture.signIn('copil@demo.maillage.fr')
    nadia = await fixture.signIn(DemoAccount.lille.email)
  })
  afterAll(async () => {
    await fixture.close()
  })

  it('lets the regional team create a séance, write its ordre du jour and convoke the members', async () => {
    const { page } = camille
    await page.goto(`${fixture.server.httpUrl}/gouvernance/seances`)
    await page.getByRole('heading', { name: 'Séances', level: 1 }).waitFor()
    await page.getByRole('link', { name: /Comité de pilotage — Séance d’installation/u }).waitFor()
    await expectAccessible(page)
    await page.getByRole('link', { name: 'Nouvelle séance' }).click()
    await page.getByRole('heading', { name: 'Nouvelle séance' }).waitFor()
    await expectAccessible(page)
    await page.getByLabel('Instance').selectOption({ label: 'Comité de pilotage' })
    await page.getByLabel('Intitulé de la séance').fill(TITLE)
    await page.getByLabel('Date', { exact: true }).fill('2027-04-14')
    await page.getByLabel('Heure', { exact: true }).fill('10:00')
    await page.getByLabel('Lieu (facultatif)').fill('Conseil régional, Lille')
    await page.getByLabel('Lien de visio (facultatif)').fill('https://visio.exemple.fr/copil-avril')
    await page.getByRole('button', { name: 'Créer la séance' }).click()
    await page.getByRole('heading', { name: `Comité de pilotage — ${TITLE}`, level: 1 }).waitFor()
    seancePath = new URL(page.url()).pathname
    expect(seancePath).toMatch(/^\/gouvernance\/seances\/[0-9a-f-]{36}$/u)
    await page.getByRole('link', { name: /Rejoindre la visio/u }).waitFor()

    await page.getByRole('button', { name: 'Ajouter un point' }).click()
    await page.getByLabel('Titre du point').fill(POINT)
    await page.getByLabel('Présenté par').fill('DREETS')
    await expectAccessible(page)

    await page.getByRole('button', { name: 'Convoquer les membres' }).click()
    await page.getByRole('button', { name: 'Envoyer la convocation' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: /Convocation envoyée à \d+ membre/u })
      .waitFor()
    await page.getByText('Convoquée', { exact: true }).waitFor()
  })

  it('shows the convened members the ordre du jour', async () => {
    for (const user of [sophie, nadia]) {
      await user.page.goto(`${fixture.server.httpUrl}${seancePath}`)
      await user.page
        .getByLabel('Titre du point')
        .and(user.page.locator(`[value="${POINT}"]`))
        .waitFor()
    }
    // The convocation reached Sophie as a notification.
    const sophieApi = await fixture.api.signIn('copil@demo.maillage.fr')
    const notifications = await fixture.api.request<{ notifications: { kind: string }[] }>(
      'GET',
      '/api/notifications',
      { as: sophieApi.credential },
    )
    expect(notifications.body.notifications.some((found) => found.kind === 'convocation')).toBe(
      true,
    )
  })

  it('has two members co-write the relevé live once the séance is open', async () => {
    await camille.page.getByRole('button', { name: 'Ouvrir la séance' }).click()
    await camille.page.getByText('En cours', { exact: true }).waitFor()
    await clickIntoEditor(sophie.page, releveOf(sophie.page))
    await sophie.page.keyboard.press('Control+End')
    await sophie.page.keyboard.press('Enter')
    await sophie.page.keyboard.type(NOTE_SOPHIE)
    await releveOf(nadia.page).getByText(NOTE_SOPHIE).waitFor()
    await clickIntoEditor(nadia.page, releveOf(nadia.page))
    await nadia.page.keyboard.press('Control+End')
    await nadia.page.keyboard.press('Enter')
    await nadia.page.keyboard.type(NOTE_NADIA)
    await releveOf(sophie.page).getByText(NOTE_NADIA).waitFor()

    await sophie.page.getByRole('button', { name: 'Ajouter une décision' }).click()
    await sophie.page.getByLabel('Décision', { exact: true }).fill(DECISION)
    const sophieApi = await fixture.api.signIn('copil@demo.maillage.fr')
    const offered = await fixture.api.request<{
      documents: { id: string; kind: string; title: string }[]
    }>('GET', `/api${seancePath}/documents-joignables`, { as: sophieApi.credential })
    const outil = offered.body.documents.find((document) => document.kind === 'outil')
    if (outil === undefined) throw new Error('no fiche outil is offered to Sophie')
    fiche = outil
    await sophie.page.getByLabel('Objet concerné').selectOption({
      label: 'Un document (fiche outil, fiche action, autre document)',
    })
    await sophie.page.getByLabel('Document concerné').selectOption({ label: fiche.title })
    await sophie.page.getByLabel('Responsable').fill('Équipe régionale')
    await nadia.page
      .getByLabel('Décision', { exact: true })
      .and(nadia.page.locator(`[value="${DECISION}"]`))
      .waitFor()
    await expectAccessible(nadia.page)
  })

  it('closes the séance: the decision enters the register and shows on the fiche outil', async () => {
    const { page } = camille
    await page
      .getByLabel('Décision', { exact: true })
      .and(page.locator(`[value="${DECISION}"]`))
      .waitFor()
    await page.getByRole('button', { name: 'Clore la séance' }).click()
    await page.getByRole('button', { name: 'Clore la séance' }).click()
    await page.getByRole('status').filter({ hasText: 'Séance close : 1 décision(s)' }).waitFor()
    // Sophie's relevé is now read-only.
    await sophie.page.reload()
    await sophie.page.getByText('Séance close : le relevé est figé.').waitFor()

    await page.getByRole('link', { name: 'Voir le registre des décisions' }).click()
    await page.getByRole('heading', { name: 'Registre des décisions', level: 1 }).waitFor()
    await page.getByText(DECISION).first().waitFor()
    await expectAccessible(page)

    await page.goto(`${fixture.server.httpUrl}/documents/${fiche.id}`)
    const about = page.getByRole('region', { name: 'Décisions' })
    await about.getByText(DECISION).waitFor()
  })
})
