import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChoiceOption, ClpeDashboard, IndicatorRow, RegionalView } from '@maillage/schema'
import { PUBLIC_OPTIONS, THEMATIQUE_OPTIONS, territories } from '@maillage/schema'
import { createAdvanceableClock } from '../helpers/advanceableClock.ts'
import { createApiClient, type ApiClient, type SessionCredential } from '../helpers/apiClient.ts'
import {
  auditAccessibility,
  blockingViolations,
  describeViolations,
} from '../helpers/auditAccessibility.ts'
import { signInUser, type BrowserUser } from '../helpers/browserUser.ts'
import { documentScreen } from '../helpers/documentScreen.ts'
import { isFocused } from '../helpers/keyboardFocus.ts'
import { launchChromium } from '../helpers/launchChromium.ts'
import {
  RegionalColumn,
  openRegionalView,
  regionalViewScreen,
  type RegionalViewScreen,
} from '../helpers/regionalViewScreen.ts'
import { ARTIFACTS_DIR, saveScreenshot } from '../helpers/saveScreenshot.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { waitFor } from '../helpers/waitFor.ts'
import { DemoAccount, LILLE_SPACE_ID } from '../helpers/webFixture.ts'

const DAY_MS = 86_400_000
/**
 * How far back the server's clock starts: the demo data is written then, so its running actions
 * are « à actualiser » once the clock is back to today.
 */
const PAST_MS = 40 * DAY_MS

/** The option with the most actions in `counts`, with its label and count. */
function mainOption(
  counts: Readonly<Record<string, number>>,
  options: readonly ChoiceOption[],
): { value: string; label: string; count: number } {
  const [value, count] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0] ?? ['', 0]
  const label = options.find((option) => option.value === value)?.label
  if (label === undefined || count === 0) throw new Error('the demo actions have no such option')
  return { value, label, count }
}

/** The thématique with the most actions in the region, with its label and count. */
function mainThematique(view: RegionalView): { value: string; label: string; count: number } {
  return mainOption(view.totals.byThematique, THEMATIQUE_OPTIONS)
}

/** The place of a public among the options, which breaks ties in the « Publics principaux ». */
function publicRank(value: string): number {
  return PUBLIC_OPTIONS.findIndex((option) => option.value === value)
}

describe('the regional view « Pilotage régional »', () => {
  let server: TestServer
  /** What `beforeAll` opened, closed in reverse order even when it stopped half-way. */
  const opened: { close(): Promise<void> }[] = []
  let api: ApiClient
  let admin: SessionCredential
  let lille: SessionCredential
  let camille: BrowserUser
  let julien: BrowserUser
  const clock = createAdvanceableClock()

  async function regionalView(query = ''): Promise<RegionalView> {
    const response = await api.request<RegionalView>('GET', `/api/pilotage/region${query}`, {
      as: admin,
    })
    expect(response.status).toBe(200)
    return response.body
  }

  beforeAll(async () => {
    clock.advance(-PAST_MS)
    server = await startServer({ auth: 'session', demoData: true, timers: clock })
    opened.push(server)
    api = createApiClient(server.httpUrl)
    clock.advance(PAST_MS)
    ;({ credential: admin } = await api.signIn(DemoAccount.admin.email))
    ;({ credential: lille } = await api.signIn(DemoAccount.lille.email))
    const browser = await launchChromium()
    opened.push(browser)
    camille = await signInUser(browser, server.httpUrl, DemoAccount.admin.email)
    julien = await signInUser(browser, server.httpUrl, DemoAccount.lens.email)
  })

  afterAll(async () => {
    for (const resource of opened.reverse()) await resource.close()
  })

  it('opens from the navigation with the 26 CLPE, sorts and filters them', async () => {
    const page = camille.page
    await page.getByRole('navigation', { name: 'Navigation principale' }).waitFor()
    await page.getByRole('link', { name: 'Pilotage régional', exact: true }).click()
    const screen = await openRegionalViewAfterClick(page)
    await waitFor(async () => {
      expect(await screen.rows.count()).toBe(26)
    })
    const view = await regionalView()
    expect(view.rows).toHaveLength(26)

    await screen.sortBy(RegionalColumn.Actions)
    await expect(attributeOf(screen, RegionalColumn.Actions)).resolves.toBe('descending')
    const most = [...view.rows].sort(
      (a, b) => b.actions - a.actions || a.name.localeCompare(b.name, 'fr'),
    )
    expect((await screen.names())[0]).toBe(most[0]?.name)
    await screen.sortBy(RegionalColumn.Name)
    await expect(attributeOf(screen, RegionalColumn.Name)).resolves.toBe('ascending')
    await expect(attributeOf(screen, RegionalColumn.Actions)).resolves.toBeNull()
    const names = await screen.names()
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')))

    const pasDeCalais = territories.clpe.filter((clpe) => clpe.departement === '62').length
    await screen.filter('Département', 'Pas-de-Calais (62)')
    await waitFor(async () => {
      expect(await screen.rows.count()).toBe(pasDeCalais)
    })
    const lilleName = lilleRow(view).name
    expect(await screen.names()).not.toContain(lilleName)
    await screen.filter('Département', 'Tous les départements')

    const thematique = mainThematique(view)
    const filtered = await regionalView(`?thematique=${thematique.value}`)
    expect(filtered.totals.actions).toBeLessThan(view.totals.actions)
    await screen.filter('Thématique', thematique.label)
    await waitFor(async () => {
      expect(page.url()).toContain(`thematique=${thematique.value}`)
      const shown = await screen
        .cell(lilleName, RegionalColumn.Actions)
        .textContent({ timeout: 1_000 })
      expect(shown).toBe(String(lilleRow(filtered).actions))
    })
    await saveScreenshot(page, 'pilotage-regional-filtre')
    await page.getByRole('button', { name: 'Effacer les filtres', exact: true }).click()
    await waitFor(async () => {
      expect(page.url()).toMatch(/\/pilotage$/)
      const shown = await screen
        .cell(lilleName, RegionalColumn.Actions)
        .textContent({ timeout: 1_000 })
      expect(shown).toBe(String(lilleRow(view).actions))
    })
  })

  it('shows a measurement added in Lille without a reload: the action leaves « à actualiser »', async () => {
    const screen = await openRegionalView(camille.page)
    const view = await regionalView()
    const lilleName = lilleRow(view).name
    const before = lilleRow(view).staleCount
    expect(before).toBeGreaterThanOrEqual(1)
    const staleCell = screen.cell(lilleName, RegionalColumn.Stale)
    await waitFor(async () => {
      expect(await staleCell.textContent({ timeout: 1_000 })).toBe(String(before))
    })
    await camille.page.evaluate('window.__sameDocument = true')

    const indicator = await staleIndicatorOfLille()
    const measured = await api.request(
      'POST',
      `/api/documents/${indicator.documentId}/indicateurs/${indicator.indicatorId}/mesures`,
      { as: lille, body: { date: new Date().toISOString().slice(0, 10), valeur: 12 } },
    )
    expect([200, 201]).toContain(measured.status)

    await waitFor(
      async () => {
        expect(await staleCell.textContent({ timeout: 1_000 })).toBe(String(before - 1))
      },
      { timeoutMs: 15_000 },
    )
    expect(await camille.page.evaluate('window.__sameDocument')).toBe(true)
  })

  it('gives the charts of the thématiques and of the publics a table that holds their numbers', async () => {
    const screen = await openRegionalView(camille.page)
    const view = await regionalView()
    const charts = [
      {
        caption: 'Nombre d’actions par thématique',
        main: mainOption(view.totals.byThematique, THEMATIQUE_OPTIONS),
      },
      {
        caption: 'Nombre d’actions par public visé',
        main: mainOption(view.totals.byPublic, PUBLIC_OPTIONS),
      },
    ]
    for (const { caption, main } of charts) {
      const chart = screen.chart(caption)
      const row = chart.table.getByRole('row').filter({
        has: screen.page.getByRole('rowheader', { name: main.label, exact: true }),
      })
      expect(await row.getByRole('cell').textContent()).toBe(String(main.count))
      expect(await chart.bars.getAttribute('aria-hidden')).toBe('true')
    }
    await screen.page
      .getByRole('heading', { level: 2, name: 'Actions par public dans la région', exact: true })
      .waitFor()
  })

  it('names the main publics of each CLPE, and the table still fits 1 280 pixels', async () => {
    const screen = await openRegionalView(camille.page)
    const view = await regionalView()
    const lille = lilleRow(view)
    const expected = Object.entries(lille.byPublic)
      .filter(([, count]) => count > 0)
      .sort((a, b) => b[1] - a[1] || publicRank(a[0]) - publicRank(b[0]))
      .slice(0, 3)
    if (expected.length === 0) throw new Error('the demo actions of Lille aim at no public')
    const items = screen.cell(lille.name, RegionalColumn.Publics).getByRole('listitem')
    await waitFor(async () => {
      expect(await items.count()).toBe(expected.length)
    })
    const shown = (await items.allTextContents()).map((text) => text.replace(/\u00a0/g, ' '))
    expect(shown.map((text) => Number(text.split(' ').at(-1)))).toEqual(
      expected.map(([, count]) => count),
    )
    // A short name carries the full label of its public (« DELD », « Jeunes »), else is it.
    const abbr = items.first().locator('abbr')
    const firstName =
      (await abbr.count()) === 1
        ? await abbr.getAttribute('title')
        : await items.first().textContent()
    const firstLabel = PUBLIC_OPTIONS.find((option) => option.value === expected[0]?.[0])?.label
    expect(firstName).toContain(firstLabel)
    expect(await screen.header(RegionalColumn.Publics).getByRole('button').count()).toBe(0)
    expect(camille.page.viewportSize()?.width).toBe(1280)
    await screen.table.screenshot({ path: `${ARTIFACTS_DIR}pilotage-regional-tableau.png` })
    expect(await screen.overflowWidth()).toBeLessThanOrEqual(0)
  })

  it('links the actions tied to a national KPI', async () => {
    const screen = await openRegionalView(camille.page)
    const section = screen.page.getByRole('region', {
      name: 'Contribution aux indicateurs nationaux',
    })
    const view = await regionalView()
    const action = view.kpis.flatMap((contribution) => contribution.actions)[0]
    if (action === undefined) throw new Error('no demo action is tied to a national KPI')
    const link = section.getByRole('link', { name: action.title, exact: true }).first()
    expect(await link.getAttribute('href')).toBe(`/documents/${action.documentId}`)
  })

  it('finds no serious accessibility violation', async () => {
    const screen = await openRegionalView(camille.page)
    await saveScreenshot(screen.page, 'pilotage-regional')
    const blocking = blockingViolations(await auditAccessibility(screen.page))
    expect(blocking, describeViolations(blocking)).toEqual([])
  })

  it('drafts the bilan for the bureau du CoRE and opens it', async () => {
    const screen = await openRegionalView(camille.page)
    const page = screen.page
    const start = page.getByLabel('Début de la période', { exact: true })
    const end = page.getByLabel('Fin de la période', { exact: true })
    expect(await start.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const today = await end.inputValue()
    await start.fill('2027-01-01')
    await end.fill('2026-12-01')
    await page.getByRole('button', { name: 'Rédiger le bilan', exact: true }).click()
    await page.getByText('La fin de la période doit être le jour de son début ou après.').waitFor()
    await waitFor(async () => {
      expect(await isFocused(page, end)).toBe(true)
    })
    expect(page.url()).toMatch(/\/pilotage$/)
    // Refused by the server (two years at most): its message shows under the field.
    await start.fill('2020-01-01')
    await end.fill(today)
    await page.getByRole('button', { name: 'Rédiger le bilan', exact: true }).click()
    const tooLong = page.locator('.message-erreur', {
      hasText: 'Un bilan couvre deux ans au plus : raccourcissez la période.',
    })
    await tooLong.waitFor()
    expect(await end.getAttribute('aria-invalid')).toBe('true')
    expect(page.url()).toMatch(/\/pilotage$/)
    await start.fill('2026-06-01')
    await end.fill(today)
    await page.getByRole('button', { name: 'Rédiger le bilan', exact: true }).click()
    await page.waitForURL(/\/documents\/[^/]+$/)
    await documentScreen(page).editor.waitFor()
    await saveScreenshot(page, 'pilotage-regional-bilan')
  })

  it('is refused to a CLPE contributeur, with no entry in the navigation', async () => {
    const page = julien.page
    const navigation = page.getByRole('navigation', { name: 'Navigation principale' })
    await navigation.getByRole('link', { name: 'Accueil', exact: true }).waitFor()
    expect(await navigation.getByRole('link', { name: 'Pilotage régional' }).count()).toBe(0)
    await page.goto('/pilotage')
    await page.getByRole('heading', { name: 'Accès réservé', exact: true }).waitFor()
    await page.getByText(/réservée à l’équipe régionale/).waitFor()
    expect(await page.getByRole('table').count()).toBe(0)
    const { credential } = await api.signIn(DemoAccount.lens.email)
    const refused = await api.request('GET', '/api/pilotage/region', { as: credential })
    expect(refused.status).toBe(403)
    await saveScreenshot(page, 'pilotage-regional-refus')
  })

  /** An indicator of a running Lille action « à actualiser », from Lille's dashboard. */
  async function staleIndicatorOfLille(): Promise<IndicatorRow> {
    const dashboard = await api.request<ClpeDashboard>(
      'GET',
      `/api/espaces/${LILLE_SPACE_ID}/pilotage`,
      { as: lille },
    )
    expect(dashboard.status).toBe(200)
    const stale = new Set(
      dashboard.body.actions.filter((action) => action.stale).map((action) => action.documentId),
    )
    const indicator = dashboard.body.indicators.find((row) => stale.has(row.documentId))
    if (indicator === undefined) throw new Error('no stale action of Lille has an indicator')
    return indicator
  }

  function lilleRow(view: RegionalView) {
    const row = view.rows.find((candidate) => candidate.spaceId === LILLE_SPACE_ID)
    if (row === undefined) throw new Error('the regional view has no row for Lille')
    return row
  }
})

/** The regional view reached from the navigation, once its table shows. */
async function openRegionalViewAfterClick(page: Page): Promise<RegionalViewScreen> {
  await page.waitForURL(/\/pilotage$/)
  const screen = regionalViewScreen(page)
  await screen.table.waitFor()
  return screen
}

function attributeOf(screen: RegionalViewScreen, column: RegionalColumn): Promise<string | null> {
  return screen.header(column).getAttribute('aria-sort')
}
