import type { Locator } from 'playwright-core'

/** The text of the elements that describe `field` (`aria-describedby`), joined. */
export async function descriptionOf(field: Locator): Promise<string> {
  const ids = (await field.getAttribute('aria-describedby'))?.split(/\s+/) ?? []
  const texts = await Promise.all(
    ids.map((id) => field.page().locator(`[id="${id}"]`).textContent()),
  )
  return texts.join(' ')
}
