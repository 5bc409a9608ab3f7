import type { Locator } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { messageContent } from '../helpers/exchangeAuthorizationRows.ts'
import { documentScreen } from '../helpers/documentScreen.ts'
import { openFicheAction } from '../helpers/ficheActionScreen.ts'
import { describeFocused, isFocused, tabUntilFocused } from '../helpers/keyboardFocus.ts'
import { waitFor } from '../helpers/waitFor.ts'
import {
  DemoAccount,
  LILLE_SPACE_ID,
  startWebFixture,
  type WebFixture,
} from '../helpers/webFixture.ts'

/** 42 words with figures: « Problématique développée » becomes a point fort (40 words or more). */
const PROBLEMATIQUE =
  'Sur le littoral, 420 offres saisonnières de l’hôtellerie sont restées sans candidat à l’été ' +
  '2026 (France Travail, septembre 2026). Dans le même temps, 1 150 jeunes de moins de 26 ans ' +
  'du bassin de Boulogne cherchaient un emploi, dont 38 % sans permis.'
/** The least time between two summaries of the quality panel (`QualityPanel`). */
const ANNOUNCEMENT_INTERVAL_MS = 4000
/** Tab presses a keyboard user may need from the top of the fiche to one of its fields. */
const MAX_TABS_TO_FIELD = 80

// Plain JavaScript run in the page: records each text the live region takes, with its time.
const RECORD_ANNOUNCEMENTS_SCRIPT = `(() => {
  const region = document.querySelector('.panneau-qualite [role="status"]')
  if (region === null) throw new Error('no live region in the quality panel')
  window.__announcements = []
  new MutationObserver(() => {
    window.__announcements.push({ at: performance.now(), text: region.textContent })
  }).observe(region, { childList: true, characterData: true, subtree: true })
})()`

interface Announcement {
  readonly at: number
  readonly text: string
}

describe('what screen readers are told on a fiche action', () => {
  let fixture: WebFixture
  let nadia: BrowserUser
  let ficheId: string
  let threadId: string

  beforeAll(async () => {
    fixture = await startWebFixture()
    const { credential } = await fixture.api.signIn(DemoAccount.lille.email)
    const created = await fixture.api.request<{ document: { id: string } }>(
      'POST',
      `/api/spaces/${LILLE_SPACE_ID}/documents`,
      { as: credential, body: { kind: 'fiche-action', title: 'Job dating saisonnier' } },
    )
    ficheId = created.body.document.id
    const thread = await fixture.api.request<{ id: string }>('POST', '/api/echanges', {
      as: credential,
      body: {
        type: 'question',
        title: 'Quelle prise en charge des frais de garde pendant une formation ?',
        themes: ['formation'],
        territorySpaceIds: [LILLE_SPACE_ID],
        originSpaceId: LILLE_SPACE_ID,
        content: messageContent('Nos stagiaires abandonnent faute de mode de garde.'),
      },
    })
    if (thread.status !== 201) throw new Error(`thread not opened: ${thread.text}`)
    threadId = thread.body.id
    nadia = await fixture.signIn(DemoAccount.lille.email)
  })
  afterAll(async () => {
    await fixture.close()
  })

  it('reaches the fiche’s text from the top of the page with a skip link, in two Tab presses', async () => {
    const screen = await openFicheAction(nadia.page, ficheId)
    const { page } = screen
    const skipLink = page.getByRole('link', { name: 'Aller au texte de la fiche', exact: true })
    const presses = await tabUntilFocused(page, skipLink, { maxPresses: 5 })
    expect(presses).toBeLessThanOrEqual(2)
    await page.keyboard.press('Enter')
    const editor = documentScreen(page).editor
    expect(await isFocused(page, editor), `focus at ${await describeFocused(page)}`).toBe(true)
    await page.keyboard.type('Bilan à venir')
    await waitFor(async () => {
      expect(await editor.textContent()).toContain('Bilan à venir')
    })
  })

  it('says changes of the score and of a criterion’s level politely, at most every few seconds while one types', async () => {
    const screen = await openFicheAction(nadia.page, ficheId)
    const { page, quality } = screen
    const region = quality.getByRole('status')
    expect(await region.getAttribute('aria-live')).not.toBe('off')
    await page.evaluate(RECORD_ANNOUNCEMENTS_SCRIPT)
    const field = screen.field('Problématique')
    await tabUntilFocused(page, field, { maxPresses: MAX_TABS_TO_FIELD })

    const startedAt = await page.evaluate<number>('performance.now()')
    await page.keyboard.type(PROBLEMATIQUE)
    const announcements = await waitFor(async () => {
      const recorded = await page.evaluate<Announcement[]>('window.__announcements')
      expect(recorded.at(-1)?.text).toContain('Problématique développée : point fort.')
      return recorded
    })
    const said = announcements.filter((announcement) => announcement.text.trim() !== '')
    expect(said[0]?.text).toMatch(/^Qualité de la fiche : \d+ \/ 100 \(\+\d+\)\./)
    // Throttled: a spoken summary now and then, not one per word or per point of score.
    const times = said.map((announcement) => announcement.at)
    const elapsed = (times.at(-1) ?? startedAt) - startedAt
    expect(said.length).toBeLessThanOrEqual(Math.ceil(elapsed / ANNOUNCEMENT_INTERVAL_MS) + 1)
    const gaps = times.slice(1).map((time, index) => time - (times[index] ?? 0))
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(ANNOUNCEMENT_INTERVAL_MS - 100)
  })

  it('makes the @ list of a reply a combobox whose active option screen readers follow', async () => {
    const page = nadia.page
    await page.goto(`/echanges/${threadId}`)
    const composer = page.getByRole('combobox', { name: 'Votre message', exact: true })
    await composer.waitFor()
    expect(await composer.getAttribute('aria-expanded')).toBe('false')
    expect(await composer.getAttribute('aria-haspopup')).toBe('listbox')
    await tabUntilFocused(page, composer, { maxPresses: MAX_TABS_TO_FIELD })

    await page.keyboard.type('Merci @')
    const list = page.getByRole('listbox', { name: 'Personnes à mentionner', exact: true })
    const options = list.getByRole('option')
    await options.first().waitFor()
    await waitFor(async () => {
      expect(await composer.getAttribute('aria-expanded')).toBe('true')
    })
    expect(await composer.getAttribute('aria-controls')).toBe(await list.getAttribute('id'))
    const count = await options.count()
    expect(await page.locator('.liste-mentions [role="status"]').textContent()).toMatch(
      new RegExp(`^${count} personnes? proposées? :`),
    )
    await expectActiveOption(composer, options, 0)
    await page.keyboard.press('ArrowDown')
    await expectActiveOption(composer, options, count > 1 ? 1 : 0)
    await page.keyboard.press('ArrowUp')
    await expectActiveOption(composer, options, 0)

    await page.keyboard.press('Escape')
    await waitFor(async () => {
      expect(await composer.getAttribute('aria-expanded')).toBe('false')
    })
    expect(await composer.getAttribute('aria-activedescendant')).toBeNull()
    expect(await composer.getAttribute('aria-controls')).toBeNull()
  })
})

/** The option at `index` is the selected one and the composer's active descendant. */
async function expectActiveOption(
  composer: Locator,
  options: Locator,
  index: number,
): Promise<void> {
  await waitFor(async () => {
    const option = options.nth(index)
    expect(await option.getAttribute('aria-selected')).toBe('true')
    expect(await composer.getAttribute('aria-activedescendant')).toBe(
      await option.getAttribute('id'),
    )
    expect(await options.and(options.page().locator('[aria-selected="true"]')).count()).toBe(1)
  })
}
