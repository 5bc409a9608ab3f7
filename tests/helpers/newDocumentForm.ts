import type { Page } from 'playwright-core'

const DOCUMENT_PATH = /\/documents\/([^/?#]+)$/

/**
 * Creates a document through the form « Nouveau document » of the space `spaceId`, choosing the
 * kind by its French label (« Fiche action »), and resolves with the id of the document the web app
 * then opens. Throws if the app does not open it.
 */
export async function createDocumentThroughForm(
  page: Page,
  options: { spaceId: string; kindLabel: string; title: string },
): Promise<string> {
  await page.goto(`/espaces/${options.spaceId}`)
  const form = page.getByRole('form', { name: 'Nouveau document', exact: true })
  await form.getByLabel('Type de document', { exact: true }).selectOption({
    label: options.kindLabel,
  })
  await form.getByLabel('Titre du nouveau document', { exact: true }).fill(options.title)
  await form.getByRole('button', { name: 'Créer le document', exact: true }).click()
  await page.waitForURL(DOCUMENT_PATH)
  const id = DOCUMENT_PATH.exec(new URL(page.url()).pathname)?.[1]
  if (id === undefined) throw new Error(`the web app opened ${page.url()}, not a document`)
  return decodeURIComponent(id)
}
