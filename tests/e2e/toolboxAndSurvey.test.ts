import { stat } from 'node:fs/promises'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { SyncStatus, documentScreen, exactText, typeWordsAtEnd } from '../helpers/documentScreen.ts'
import { saveScreenshot } from '../helpers/saveScreenshot.ts'
import { waitFor } from '../helpers/waitFor.ts'
import {
  DemoAccount,
  LILLE_SPACE_ID,
  startWebFixture,
  type WebFixture,
} from '../helpers/webFixture.ts'

/** Sophie Martin, contributrice of the comité de pilotage (`server/src/seed/seedMetadata.ts`). */
const COPIL = { email: 'copil@demo.maillage.fr', name: 'Sophie Martin' } as const
const LILLE_NAME = 'CLPE Lille Métropole'

const TOOL_TITLE = 'Carte des employeurs qui recrutent sans diplôme'
const TOOL_DESCRIPTION =
  'Une carte partagée des employeurs de la métropole qui recrutent sans diplôme, pour les ' +
  'conseillers France Travail et Mission locale qui orientent les jeunes.'
const CONSIDERED_TOOL = 'DORA'
const WHY_NOT_ADAPTABLE =
  'DORA recense des services d’accompagnement, pas des employeurs ni leurs offres.'
const RATIONALE =
  'Aucun outil du catalogue ne recense les employeurs ; besoin confirmé par trois CLPE.'
const RATIONALE_ERROR = 'doit être motivée par écrit'
const NEW_BADGE = 'Nouveau (validé par le comité de pilotage)'

const SURVEY_TITLE = 'Enquête 2027 sur les outils des CLPE'
const LIKERT_LABEL = 'La boîte à outils aide-t-elle votre CLPE ?'
const LIKERT_LEVEL = '4'
const LIKERT_RESULT = '4 — fort'
const OPEN_LABEL = 'Quel besoin reste sans outil ?'
const OPEN_ANSWER = 'Un suivi partagé des jeunes sortis de la Garantie jeunes sans solution.'

const PROPOSAL_PATH = /\/boite-a-outils\/propositions\/([^/?#]+)$/
// The editor of the survey just created, not the « nouvelle enquête » form it comes from.
const SURVEY_PATH = /\/enquetes\/(?!nouvelle$)([^/?#]+)$/

describe('a tool proposed, validated by the comité de pilotage, then a survey answered together', () => {
  let fixture: WebFixture
  let nadia: BrowserUser
  let sophie: BrowserUser
  let camille: BrowserUser
  let julien: BrowserUser
  let proposalId: string
  let surveyId: string

  beforeAll(async () => {
    fixture = await startWebFixture()
    // Julien Lefebvre joins the CLPE of Lille as contributeur, to answer with Nadia.
    const admin = await fixture.api.signIn(DemoAccount.admin.email)
    const lens = await fixture.api.signIn(DemoAccount.lens.email)
    const joined = await fixture.api.request(
      'PUT',
      `/api/spaces/${LILLE_SPACE_ID}/members/${lens.accountId}`,
      { as: admin.credential, body: { role: 'contributeur' } },
    )
    if (joined.status !== 200) {
      throw new Error(`Julien could not join ${LILLE_SPACE_ID}: ${joined.status} ${joined.text}`)
    }
    ;[nadia, sophie, camille, julien] = await Promise.all([
      fixture.signIn(DemoAccount.lille.email),
      fixture.signIn(COPIL.email),
      fixture.signIn(DemoAccount.admin.email),
      fixture.signIn(DemoAccount.lens.email),
    ])
  })
  afterAll(async () => {
    await fixture.close()
  })

  it('lets a CLPE member propose a tool, naming the catalogue tool that cannot be adapted', async () => {
    const page = nadia.page
    await page.getByRole('navigation').getByRole('link', { name: 'Boîte à outils' }).click()
    await page.getByRole('heading', { level: 1, name: 'Boîte à outils' }).waitFor()
    await toolHeading(page, CONSIDERED_TOOL).waitFor()
    expect(await toolHeading(page, TOOL_TITLE).count()).toBe(0)

    await page.getByRole('link', { name: 'Proposer un outil', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Proposer un nouvel outil' }).waitFor()
    await page.getByLabel('Nom de l’outil proposé', { exact: true }).fill(TOOL_TITLE)
    await page.getByLabel('À quoi il servirait, pour qui', { exact: true }).fill(TOOL_DESCRIPTION)
    const considered = page.getByRole('group', { name: 'Outil examiné 1', exact: true })
    // selectOption waits for the catalogue's options to be there.
    await considered
      .getByLabel('Outil du catalogue', { exact: true })
      .selectOption({ label: CONSIDERED_TOOL })
    await considered
      .getByLabel('Pourquoi il ne peut pas être adapté', { exact: true })
      .fill(WHY_NOT_ADAPTABLE)
    await page.getByRole('button', { name: 'Envoyer la proposition', exact: true }).click()

    await page.waitForURL(PROPOSAL_PATH)
    proposalId = idIn(page, PROPOSAL_PATH)
    await page.getByRole('heading', { level: 1, name: TOOL_TITLE }).waitFor()
    await status(page, 'Proposé').waitFor()
    await page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: CONSIDERED_TOOL, exact: true }) })
      .filter({ hasText: WHY_NOT_ADAPTABLE })
      .waitFor()
    // Nadia does not sit on the comité de pilotage: no decision for her.
    expect(
      await page.getByRole('heading', { name: 'Décision du comité de pilotage' }).count(),
    ).toBe(0)
  })

  it('lets a comité de pilotage member validate it only with a written rationale', async () => {
    const page = sophie.page
    await page.goto('/boite-a-outils/propositions')
    await page.getByRole('heading', { level: 1, name: 'Propositions d’outils' }).waitFor()
    await page.getByRole('link', { name: TOOL_TITLE, exact: true }).click()
    await page.waitForURL(PROPOSAL_PATH)
    expect(idIn(page, PROPOSAL_PATH)).toBe(proposalId)

    const decision = page.getByRole('region', { name: 'Décision du comité de pilotage' })
    const choice = decision.getByLabel('Décision', { exact: true })
    const rationale = decision.getByLabel('Motivation écrite', { exact: true })
    const save = decision.getByRole('button', { name: 'Enregistrer la décision', exact: true })
    // The comité examines a proposal before validating it (proposalTransitions.ts); putting it in
    // examen needs no written motive.
    await choice.selectOption({ label: 'Mettre en examen' })
    await save.click()
    await status(page, 'En examen').waitFor()

    await choice.selectOption({ label: 'Valider (créer la fiche outil « nouveau »)' })
    await save.click()
    await waitFor(async () => {
      expect(await rationale.getAttribute('aria-invalid')).toBe('true')
      expect(await descriptionOf(rationale)).toContain(RATIONALE_ERROR)
    })
    expect(await status(page, 'En examen').count()).toBe(1)

    await rationale.fill(RATIONALE)
    await save.click()
    await status(page, 'Validé').waitFor()
    const history = page.locator('ol.historique > li')
    await waitFor(async () => {
      const steps = await history.allTextContents()
      expect(steps).toHaveLength(3)
      expect(steps[0]).toMatch(new RegExp(`^Proposé — ${DemoAccount.lille.name}, le `))
      expect(steps[1]).toMatch(new RegExp(`^En examen — ${COPIL.name}, le `))
      expect(steps[2]).toMatch(new RegExp(`^Validé — ${COPIL.name}, le `))
      expect(steps[2]).toContain(RATIONALE)
    })
    await page.getByRole('link', { name: 'Voir la fiche outil créée', exact: true }).waitFor()
    expect(await decision.count()).toBe(0)
    await expectScreenshot(page, 'toolbox-proposal-decided')
  })

  it('tells the proposer, whose catalogue now shows the tool as « nouveau »', async () => {
    const page = nadia.page
    // The header polls every minute: a new page asks at once. « En examen », then « Validé ».
    await page.goto('/boite-a-outils')
    const notifications = page
      .getByRole('navigation')
      .getByRole('link', { name: /^Notifications\s*, 2 non lues$/ })
    await notifications.waitFor()
    await notifications.click()
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor()
    await page
      .getByRole('listitem')
      .filter({ hasText: `Votre proposition d’outil « ${TOOL_TITLE} » est en examen` })
      .waitFor()
    const notice = page.getByRole('listitem').filter({
      hasText: `Votre proposition d’outil « ${TOOL_TITLE} » a été validée par le comité de pilotage`,
    })
    await notice.getByText('Non lue', { exact: true }).waitFor()
    expect(await notice.getByRole('link', { name: 'Ouvrir' }).getAttribute('href')).toBe(
      `/boite-a-outils/propositions/${proposalId}`,
    )

    await page.getByRole('navigation').getByRole('link', { name: 'Boîte à outils' }).click()
    await toolHeading(page, TOOL_TITLE).getByText(NEW_BADGE, { exact: true }).waitFor()
    expect(await toolHeading(page, CONSIDERED_TOOL).getByText(NEW_BADGE).count()).toBe(0)
    await expectScreenshot(page, 'toolbox-catalogue-nouveau')
    // The statut filter keeps only the new tool.
    await page
      .getByRole('search')
      .getByLabel('Statut', { exact: true })
      .selectOption({ label: NEW_BADGE })
    await page
      .getByRole('status')
      .filter({ hasText: exactText('1 outil') })
      .waitFor()
    expect(await page.locator('.catalogue h3').allTextContents()).toEqual([
      `${TOOL_TITLE}${NEW_BADGE}`,
    ])
  })

  it('lets the regional team prepare a survey of the CLPE of Lille and open it', async () => {
    const page = camille.page
    await page.getByRole('navigation').getByRole('link', { name: 'Enquêtes' }).click()
    await page.getByRole('link', { name: 'Nouvelle enquête', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Nouvelle enquête' }).waitFor()
    await page.getByLabel('Titre', { exact: true }).fill(SURVEY_TITLE)
    // No block of questions per tool here: the author unticks every tool of the catalogue.
    const tools = page
      .getByRole('group', { name: 'Outils sur lesquels interroger les CLPE', exact: true })
      .getByRole('checkbox')
    await tools.first().waitFor()
    for (const tool of await tools.all()) await tool.uncheck()
    await page.getByRole('button', { name: 'Nouvelle enquête', exact: true }).click()
    await page.waitForURL(SURVEY_PATH)
    surveyId = idIn(page, SURVEY_PATH)
    await page.getByRole('heading', { level: 1, name: 'Préparer l’enquête' }).waitFor()

    const addQuestion = page.getByRole('button', { name: 'Ajouter une question', exact: true })
    await addQuestion.click()
    const likert = page.getByRole('group', { name: 'Question 1', exact: true })
    expect(await likert.getByLabel('Type de question', { exact: true }).inputValue()).toBe('likert')
    await likert.getByLabel('Intitulé', { exact: true }).fill(LIKERT_LABEL)
    await addQuestion.click()
    const open = page.getByRole('group', { name: 'Question 2', exact: true })
    await open
      .getByLabel('Type de question', { exact: true })
      .selectOption({ label: 'Réponse libre' })
    await open.getByLabel('Intitulé', { exact: true }).fill(OPEN_LABEL)
    await page
      .getByRole('group', { name: 'CLPE interrogés', exact: true })
      .getByRole('checkbox', { name: LILLE_NAME, exact: true })
      .check()
    await page.getByRole('button', { name: 'Enregistrer le brouillon', exact: true }).click()
    await page.getByRole('status').filter({ hasText: 'Brouillon enregistré.' }).waitFor()

    await page.getByLabel('Ouverture', { exact: true }).fill(localDate(0))
    await page.getByLabel('Clôture', { exact: true }).fill(localDate(30))
    await page.getByRole('button', { name: 'Ouvrir l’enquête aux CLPE choisis' }).click()
    await page.waitForURL(/\/enquetes$/)
    const item = surveyItem(page)
    await item.getByText('Ouverte', { exact: true }).waitFor()
    await item.getByText('0 réponse(s) sur 1', { exact: true }).waitFor()
  })

  it('lets two members of the CLPE fill its answer together, each seeing the other live', async () => {
    const people = [nadia, julien]
    await Promise.all(
      people.map(async ({ page }) => {
        await page.goto('/enquetes')
        await surveyItem(page)
          .getByRole('link', { name: `Répondre pour ${LILLE_NAME}`, exact: true })
          .click()
        await page.waitForURL(`**/enquetes/${surveyId}/reponses/${LILLE_SPACE_ID}`)
        await documentScreen(page).status(SyncStatus.Synced).waitFor()
      }),
    )
    const level = (page: Page) =>
      page
        .getByRole('group', { name: LIKERT_LABEL, exact: true })
        .getByRole('radio', { name: LIKERT_LEVEL, exact: true })
    const openAnswer = (page: Page) => page.getByLabel(OPEN_LABEL, { exact: true })
    await Promise.all([
      level(nadia.page).check(),
      typeWordsAtEnd(openAnswer(julien.page), OPEN_ANSWER),
    ])
    await waitFor(async () => {
      expect(await level(julien.page).isChecked()).toBe(true)
      expect(await openAnswer(nadia.page).inputValue()).toBe(OPEN_ANSWER)
    })
    await expectScreenshot(nadia.page, 'survey-answer-together')

    await julien.page.getByRole('button', { name: 'Envoyer la réponse', exact: true }).click()
    // Both co-fillers are told at once, and the sent answer no longer changes.
    for (const { page } of people) {
      await page
        .getByRole('status')
        .filter({ hasText: new RegExp(`^Réponse envoyée le .+ par ${DemoAccount.lens.name}\\. `) })
        .waitFor()
      expect(await openAnswer(page).isEditable()).toBe(false)
    }
  })

  it('counts the CLPE’s answer in the results', async () => {
    const page = camille.page
    await page.goto('/enquetes')
    await surveyItem(page)
      .getByRole('link', { name: `Résultats ${SURVEY_TITLE}` })
      .click()
    await page.waitForURL(`**/enquetes/${surveyId}/resultats`)
    await page
      .getByRole('heading', { level: 1, name: `Résultats de « ${SURVEY_TITLE} »` })
      .waitFor()

    const perSpace = page.getByRole('region', { name: 'Réponses par CLPE', exact: true })
    const lille = perSpace.getByRole('row').filter({
      has: page.getByRole('rowheader', { name: LILLE_NAME, exact: true }),
    })
    expect((await lille.getByRole('cell').allTextContents()).slice(0, 3)).toEqual(['1', '1', '0'])

    const likert = page.getByRole('region', { name: LIKERT_LABEL, exact: true })
    const counts: Record<string, string | null> = {}
    for (const row of (await likert.getByRole('row').all()).slice(1)) {
      const level = (await row.getByRole('rowheader').textContent()) ?? ''
      counts[level] = await row.getByRole('cell').first().textContent()
    }
    expect(counts).toEqual({
      '1 — très faible': '0',
      '2 — faible': '0',
      '3 — moyen': '0',
      [LIKERT_RESULT]: '1',
      '5 — très fort': '0',
    })

    const open = page.getByRole('region', { name: OPEN_LABEL, exact: true })
    expect(await open.locator('blockquote').allTextContents()).toEqual([OPEN_ANSWER])
    await open.getByText(`— ${LILLE_NAME}`, { exact: true }).waitFor()
    await expectScreenshot(page, 'survey-results')
  })

  function surveyItem(page: Page): Locator {
    return page.getByRole('listitem').filter({ has: page.getByText(SURVEY_TITLE, { exact: true }) })
  }
})

/** The level-3 heading of the catalogue's card of `title` (its badge, if any, is inside). */
function toolHeading(page: Page, title: string): Locator {
  return page
    .locator('.catalogue')
    .getByRole('heading', { level: 3 })
    .filter({ hasText: new RegExp(`^\\s*${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
}

/** The badge of the proposal's status showing exactly `label`. */
function status(page: Page, label: string): Locator {
  return page.locator('h1 ~ p .badge', { hasText: exactText(label) })
}

/** The id the web app put in the address, as matched by `path`'s first group. */
function idIn(page: Page, path: RegExp): string {
  const id = path.exec(new URL(page.url()).pathname)?.[1]
  if (id === undefined) throw new Error(`the web app shows ${page.url()}, not ${path.source}`)
  return decodeURIComponent(id)
}

/** The text of the elements that describe `field` (`aria-describedby`), joined. */
async function descriptionOf(field: Locator): Promise<string> {
  const ids = (await field.getAttribute('aria-describedby'))?.split(/\s+/) ?? []
  const texts = await Promise.all(
    ids.map((id) => field.page().locator(`[id="${id}"]`).textContent()),
  )
  return texts.join(' ')
}

/** `YYYY-MM-DD`, `days` after today, in local time as a date input shows it. */
function localDate(days: number): string {
  const date = new Date()
  date.setDate(date.getDate() + days)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

async function expectScreenshot(page: Page, screen: string): Promise<void> {
  const path = await saveScreenshot(page, screen)
  expect((await stat(path)).size).toBeGreaterThan(5_000)
}
