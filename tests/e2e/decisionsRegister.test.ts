import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { ToolProposalView } from '@maillage/protocol'
import {
  auditAccessibility,
  blockingViolations,
  describeViolations,
} from '../helpers/auditAccessibility.ts'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { PROPOSAL } from '../helpers/toolboxAuthorizationRows.ts'
import { DemoAccount, startWebFixture, type WebFixture } from '../helpers/webFixture.ts'

// The register of decisions in the browser: a member of the comité de pilotage validates a tool
// proposal on its page; the decision appears in « Registre des décisions », found by a search
// without accents and the instance filter (kept in the address), and on the fiche outil created;
// the governance calendar lists the seed's milestones. Axe on the register and the calendar.

const TITLE = 'Répertoire des employeurs inclusifs'
const DECISION = `Création de l’outil « ${TITLE} » validée`
const RATIONALE = 'Aucun outil du catalogue ne recense les employeurs inclusifs du territoire.'

async function expectAccessible(page: Page): Promise<void> {
  const violations = blockingViolations(await auditAccessibility(page))
  expect(violations, describeViolations(violations)).toEqual([])
}

describe('the register of decisions, from a tool validation to the fiche outil', () => {
  let fixture: WebFixture
  let sophie: BrowserUser
  let nadia: BrowserUser
  let proposal: ToolProposalView

  beforeAll(async () => {
    fixture = await startWebFixture()
    const lille = await fixture.api.signIn(DemoAccount.lille.email)
    const created = await fixture.api.request<{ proposal: ToolProposalView }>(
      'POST',
      '/api/toolbox/proposals',
      { as: lille.credential, body: { ...PROPOSAL, title: TITLE } },
    )
    expect(created.status).toBe(201)
    proposal = created.body.proposal
    ;[sophie, nadia] = await Promise.all([
      fixture.signIn('copil@demo.maillage.fr'),
      fixture.signIn(DemoAccount.lille.email),
    ])
  })
  afterAll(async () => {
    await fixture.close()
  })

  it('records the comité’s validation in the register, found by search and instance', async () => {
    const { page } = sophie
    await page.goto(`${fixture.server.httpUrl}/boite-a-outils/propositions/${proposal.id}`)
    const decision = page.getByRole('region', { name: 'Décision du comité de pilotage' })
    const choice = decision.getByLabel('Décision', { exact: true })
    const save = decision.getByRole('button', { name: 'Enregistrer la décision', exact: true })
    await choice.selectOption({ label: 'Mettre en examen' })
    await save.click()
    await page.locator('h1 ~ p .badge', { hasText: 'En examen' }).waitFor()
    await choice.selectOption({ label: 'Valider (créer la fiche outil « nouveau »)' })
    await decision.getByLabel('Motivation écrite', { exact: true }).fill(RATIONALE)
    await save.click()
    await page.getByRole('link', { name: 'Voir la fiche outil créée', exact: true }).waitFor()
    // The proposal's page shows the register's decision about it, once read again.
    await page.reload()
    await page
      .getByRole('region', { name: 'Décisions' })
      .getByRole('article', { name: DECISION })
      .waitFor()

    // Nadia, a CLPE member, reads the regional register.
    const reader = nadia.page
    await reader.goto(`${fixture.server.httpUrl}/gouvernance`)
    await reader
      .getByRole('navigation', { name: 'Sections de la gouvernance' })
      .getByRole('link', { name: 'Registre des décisions' })
      .click()
    await reader.getByRole('heading', { name: 'Registre des décisions', level: 1 }).waitFor()
    await reader
      .getByLabel('Rechercher dans le registre', { exact: true })
      .fill('repertoire EMPLOYEURS inclusifs')
    await reader
      .getByLabel('Instance', { exact: true })
      .selectOption({ label: 'Comité de pilotage' })
    await reader.getByRole('button', { name: 'Filtrer', exact: true }).click()
    await reader.getByRole('status').filter({ hasText: '1 décision.' }).waitFor()
    const found = reader.getByRole('article', { name: DECISION })
    await found.waitFor()
    expect(await found.getByText('À faire', { exact: true }).count()).toBe(1)
    const address = new URL(reader.url())
    expect(address.searchParams.get('instance')).toBe('copil')
    expect(address.searchParams.get('q')).toBe('repertoire EMPLOYEURS inclusifs')
    // The filters are in the address: reloading shows the same list.
    await reader.reload()
    await reader.getByRole('article', { name: DECISION }).waitFor()
    await expectAccessible(reader)

    // The decision's object is the fiche outil created: its page shows the decision.
    await found.getByRole('link', { name: TITLE, exact: true }).click()
    await reader.waitForURL(/\/documents\//u)
    const about = reader.getByRole('region', { name: 'Décisions' })
    await about.getByRole('article', { name: DECISION }).waitFor()
  })

  it('shows the governance calendar with the seed’s milestones', async () => {
    const { page } = nadia
    await page.goto(`${fixture.server.httpUrl}/gouvernance/calendrier?du=2027-01-01&au=2027-12-31`)
    await page.getByRole('heading', { name: 'Calendrier de la gouvernance', level: 1 }).waitFor()
    const march = page.getByRole('region', { name: 'mars 2027' })
    // The milestone and the séance that meets it, told apart by their kind.
    const milestone = march.getByRole('listitem').filter({ hasText: 'Cahier des charges validé' })
    await milestone.getByText('Échéance', { exact: true }).waitFor()
    const seance = march
      .getByRole('listitem')
      .filter({ hasText: 'Validation du cahier des charges' })
    await seance.getByText('Séance', { exact: true }).waitFor()
    await page
      .getByRole('region', { name: 'juin 2027' })
      .getByText('Programme présenté aux CLPE', { exact: true })
      .waitFor()
    await page.getByRole('link', { name: 'Télécharger le calendrier (.ics)' }).waitFor()
    await expectAccessible(page)
  })
})
