import type { Locator, Page } from 'playwright-core'
import { LILLE_SPACE_ID } from './webFixture.ts'

/** One dated measurement as the « Saisir une nouvelle mesure » form takes it. */
export interface MeasurementEntry {
  /** `YYYY-MM-DD`; the form's default (today) when absent. */
  readonly date?: string
  readonly value: string
  readonly comment?: string
}

/**
 * The « Saisir une nouvelle mesure » control under an indicator named `label` inside `scope` (a
 * card of the dashboard, an indicator of the fiche): opens the form « Nouvelle mesure », fills it,
 * sends it and resolves once the polite status says it was saved; resolves with that status text.
 */
export async function addMeasurement(
  scope: Locator,
  label: string,
  entry: MeasurementEntry,
): Promise<string> {
  await measurementButton(scope, label).click()
  const form = scope.getByRole('form', { name: `Nouvelle mesure de « ${label} »`, exact: true })
  if (entry.date !== undefined) {
    await form.getByLabel('Date de la mesure', { exact: true }).fill(entry.date)
  }
  await form.getByLabel(/^Valeur mesurée/).fill(entry.value)
  if (entry.comment !== undefined) {
    await form.getByLabel('Commentaire (facultatif)', { exact: true }).fill(entry.comment)
  }
  await form.getByRole('button', { name: 'Enregistrer la mesure', exact: true }).click()
  const status = scope.getByRole('status').filter({ hasText: 'Mesure enregistrée' })
  await status.waitFor()
  return (await status.textContent()) ?? ''
}

/** The button that opens the measurement form of the indicator `label`. */
export function measurementButton(scope: Locator, label: string): Locator {
  return scope.getByRole('button', {
    name: `Saisir une nouvelle mesure de « ${label} »`,
    exact: true,
  })
}

/** Opens the « Pilotage » page of the CLPE of Lille and resolves once its heading shows. */
export async function openLillePilotage(page: Page): Promise<Locator> {
  await page.goto(`/espaces/${LILLE_SPACE_ID}/pilotage`)
  const heading = page.getByRole('heading', { level: 1, name: /^Pilotage — / })
  await heading.waitFor()
  return heading
}

/** The card of the indicator named `label` on the dashboard. */
export function indicatorCard(page: Page, label: string): Locator {
  return page.getByRole('article', { name: label, exact: true })
}

/** What a dashboard card says after « Dernière mesure ». */
export function latestMeasure(card: Locator): Locator {
  return card.locator('dt', { hasText: 'Dernière mesure' }).locator('xpath=following-sibling::dd')
}

/** The rows of the table under « Voir les données en tableau » of a card, opened first. */
export async function chartTableRows(card: Locator): Promise<string[][]> {
  const disclosure = card.locator('details')
  if ((await disclosure.getAttribute('open')) === null) {
    await card.getByText('Voir les données en tableau', { exact: true }).click()
  }
  const table = disclosure.getByRole('table')
  await table.waitFor()
  const rows: string[][] = []
  for (const row of await table.locator('tbody tr').all()) {
    rows.push((await row.locator('td').allInnerTexts()).map(normalizeSpaces))
  }
  return rows
}

/** Text with the no-break spaces of French numbers as plain spaces. */
export function normalizeSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ').trim()
}
