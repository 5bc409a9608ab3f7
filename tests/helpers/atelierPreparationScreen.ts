import type { Page } from 'playwright-core'
import { idIn } from './idInAddress.ts'

/** What the form « Nouvel atelier » is filled with, each by its French label or option. */
export interface AtelierDraft {
  readonly title: string
  /** Days after today in Paris: its date. */
  readonly inDays: number
  /** `HH:MM`, as the time field takes it. */
  readonly heure: string
  readonly dureeMinutes: number
  readonly format: string
  readonly theme: string
  readonly intervenants: string
  readonly places: number
}

// The atelier just published, not the « nouvel atelier » form it comes from.
const ATELIER_PATH = /\/ateliers\/(?!nouveau$)([^/?#]+)$/

/** Goes from the main navigation to the programme, then to its form « Nouvel atelier ». */
export async function openNewAtelierForm(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Ateliers' }).click()
  await page.getByRole('heading', { level: 1, name: 'Programme des ateliers' }).waitFor()
  await page.getByRole('link', { name: 'Nouvel atelier', exact: true }).click()
  await page.getByRole('heading', { level: 1, name: 'Nouvel atelier' }).waitFor()
}

/**
 * Fills the open form « Nouvel atelier » with `draft` and publishes it; resolves with the id of the
 * atelier once its page shows. Throws if the web app does not open it.
 */
export async function publishAtelier(page: Page, draft: AtelierDraft): Promise<string> {
  await page.getByLabel('Titre', { exact: true }).fill(draft.title)
  await page.getByLabel('Date', { exact: true }).fill(parisDate(draft.inDays))
  await page.getByLabel('Heure de début', { exact: true }).fill(draft.heure)
  await page.getByLabel('Durée (en minutes)', { exact: true }).fill(String(draft.dureeMinutes))
  await page.getByLabel('Format', { exact: true }).selectOption({ label: draft.format })
  await page.getByLabel('Thème', { exact: true }).selectOption({ label: draft.theme })
  await page.getByLabel('Intervenants (facultatif)', { exact: true }).fill(draft.intervenants)
  await page.getByLabel('Nombre de places', { exact: true }).fill(String(draft.places))
  await page.getByRole('button', { name: 'Publier l’atelier', exact: true }).click()
  await page.waitForURL(ATELIER_PATH)
  const id = idIn(page, ATELIER_PATH)
  await page.getByRole('heading', { level: 1, name: draft.title }).waitFor()
  return id
}

/** Saves `url` as the visio link of the atelier whose page `page` shows, once it says so. */
export async function saveVisioLink(page: Page, url: string): Promise<void> {
  const visio = page.getByRole('region', { name: 'Lien de visioconférence', exact: true })
  await visio.getByRole('textbox', { name: 'Lien de visioconférence', exact: true }).fill(url)
  await visio.getByRole('button', { name: 'Enregistrer', exact: true }).click()
  await visio.getByText('Lien de visioconférence enregistré.', { exact: true }).waitFor()
}

/** `YYYY-MM-DD`, `days` after today in Paris, as the date field takes it. */
function parisDate(days: number): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(
    new Date(Date.now() + days * 86_400_000),
  )
}
