import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  auditAccessibility,
  blockingViolations,
  describeViolations,
} from '../helpers/auditAccessibility.ts'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { DemoAccount, startWebFixture, type WebFixture } from '../helpers/webFixture.ts'

// The governance's instances in the browser: an animateur of the regional team makes a rotation
// of the comité de pilotage in two steps (the rule breaks, then holds again) and a lecteur sees
// the result read-only.

const PARIS_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

async function expectNoBlockingViolation(page: Page): Promise<void> {
  const blocking = blockingViolations(await auditAccessibility(page))
  expect(blocking, describeViolations(blocking)).toEqual([])
}

function ruleOf(page: Page) {
  return page.getByRole('region', { name: 'Règle de représentation des CLPE' })
}

describe('the governance’s instances in the browser', () => {
  let fixture: WebFixture
  let camille: BrowserUser
  let thomas: BrowserUser

  beforeAll(async () => {
    fixture = await startWebFixture()
    ;[camille, thomas] = await Promise.all([
      fixture.signIn(DemoAccount.admin.email),
      fixture.signIn(DemoAccount.lecteur.email),
    ])
  })
  afterAll(async () => {
    await fixture.close()
  })

  it('lets the regional team make a rotation of the comité de pilotage in two steps', async () => {
    const { page } = camille
    await page.goto('/')
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Gouvernance' })
      .click()
    await page.getByRole('heading', { level: 1, name: 'Instances de la gouvernance' }).waitFor()
    await expectNoBlockingViolation(page)
    await page.getByRole('link', { name: 'Comité de pilotage' }).click()
    await page.getByRole('heading', { level: 1, name: 'Comité de pilotage' }).waitFor()
    await ruleOf(page).getByText('Respectée', { exact: true }).waitFor()
    await expectNoBlockingViolation(page)

    // First step: CLPE Saint-Omer's seat ends yesterday; the rule breaks, which is flagged.
    const yesterday = PARIS_DAY.format(new Date(Date.now() - 24 * 60 * 60 * 1000))
    await page.getByRole('button', { name: 'Terminer le mandat : Bruno Hennebelle' }).click()
    await page.getByLabel('Dernier jour du mandat de Bruno Hennebelle').fill(yesterday)
    await page.getByRole('button', { name: 'Terminer', exact: true }).click()
    const status = page.getByRole('status').filter({ hasText: 'Le mandat de Bruno Hennebelle' })
    await status.waitFor()
    expect(await status.textContent()).toContain('Attention')
    await ruleOf(page).getByText('Non respectée', { exact: true }).waitFor()
    expect(await ruleOf(page).textContent()).toContain('Il faut au moins 3 CLPE')

    // Second step: CLPE Arras (périurbain) is designated; the rule holds again.
    const form = page.getByRole('region', { name: 'Ajouter un membre' })
    await form.getByLabel('Collège').selectOption({ label: 'CLPE' })
    await form.getByLabel('CLPE représenté').selectOption({ label: 'CLPE Arras' })
    await form.getByLabel('Nom du membre').fill('Aurélie Caudron')
    expect(await form.getByLabel('Organisme représenté').inputValue()).toBe('CLPE Arras')
    await form.getByRole('button', { name: 'Ajouter le membre' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: 'Aurélie Caudron a été ajouté·e aux membres.' })
      .waitFor()
    await ruleOf(page).getByText('Respectée', { exact: true }).waitFor()
    const rotation = page.getByRole('region', { name: 'Historique de la rotation des CLPE' })
    const firstRow = rotation.getByRole('row').nth(1)
    expect(await firstRow.textContent()).toContain('CLPE Arras')
    expect(
      await rotation.getByRole('row').filter({ hasText: 'CLPE Saint-Omer' }).textContent(),
    ).toContain('terminé')
  })

  it('shows a lecteur the instance and its rotation read-only', async () => {
    const { page } = thomas
    await page.goto('/gouvernance')
    await page.getByRole('heading', { level: 1, name: 'Instances de la gouvernance' }).waitFor()
    // His CLPE's instances are listed, not another CLPE's.
    await page.getByRole('link', { name: 'Plénière du CLPE Lille Métropole' }).waitFor()
    expect(await page.getByRole('link', { name: 'Plénière du CLPE Lens' }).count()).toBe(0)
    await page.getByRole('link', { name: 'Comité de pilotage' }).click()
    await page.getByRole('heading', { level: 1, name: 'Comité de pilotage' }).waitFor()
    await ruleOf(page).getByText('Respectée', { exact: true }).waitFor()
    const rotation = page.getByRole('region', { name: 'Historique de la rotation des CLPE' })
    await rotation.getByRole('row').filter({ hasText: 'CLPE Arras' }).waitFor()
    await page.getByText('Vous consultez cette instance').waitFor()
    expect(await page.getByRole('button', { name: /Terminer le mandat/ }).count()).toBe(0)
    expect(await page.getByRole('heading', { name: 'Ajouter un membre' }).count()).toBe(0)
    await expectNoBlockingViolation(page)
  })
})
