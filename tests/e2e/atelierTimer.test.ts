import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import {
  auditAccessibility,
  blockingViolations,
  describeViolations,
} from '../helpers/auditAccessibility.ts'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { startLiveSession, openLiveSession } from '../helpers/liveSessionFixture.ts'
import { waitFor } from '../helpers/waitFor.ts'
import { startWebFixture, type WebFixture } from '../helpers/webFixture.ts'

const TITLE = 'Mobilité des jeunes : le temps de parole'
/** Julien's browser clock runs 7 minutes ahead: his countdown must not. */
const SKEW_MS = 7 * 60 * 1000
const SKEWED_CLOCK_SCRIPT = `(() => {
  const realNow = Date.now.bind(Date)
  Date.now = () => realNow() + ${SKEW_MS}
})()`

/** The countdown shown on `page`, in seconds. */
async function countdownSeconds(page: Page): Promise<number> {
  const text = await page.getByRole('timer', { name: 'Temps restant' }).textContent()
  const match = /^(\d+):(\d{2})$/.exec(text ?? '')
  if (match === null) throw new Error(`unexpected countdown ${String(text)}`)
  return Number(match[1]) * 60 + Number(match[2])
}

describe('a facilitator running the timer, a raised hand and reactions with two participants', () => {
  let fixture: WebFixture
  let camille: BrowserUser
  let nadia: BrowserUser
  let julien: BrowserUser
  let atelierId: string

  beforeAll(async () => {
    fixture = await startWebFixture()
    ;({ atelierId, camille, nadia, julien } = await startLiveSession(fixture, TITLE))
    await julien.page.addInitScript(SKEWED_CLOCK_SCRIPT)
    await openLiveSession(atelierId, [camille, nadia, julien])
    expect(await julien.page.evaluate('Date.now() - new Date().getTime()')).toBeGreaterThan(
      SKEW_MS - 1000,
    )
  }, 120_000)
  afterAll(async () => {
    await fixture.close()
  })

  it('starts a countdown both participants see alike, on the server’s clock, and pauses it', async () => {
    const timerPanel = camille.page.getByRole('region', { name: 'Minuteur', exact: true })
    await timerPanel.getByLabel('Minutes', { exact: true }).fill('2')
    await timerPanel.getByLabel('Secondes', { exact: true }).fill('0')
    await timerPanel.getByRole('button', { name: 'Démarrer le minuteur', exact: true }).click()

    for (const { page } of [nadia, julien]) {
      await page
        .locator('[aria-live="polite"]')
        .filter({ hasText: 'Minuteur démarré : 2 minutes.' })
        .waitFor()
    }
    await waitFor(async () => {
      const [seenByNadia, seenByJulien] = await Promise.all(
        [nadia, julien].map(({ page }) => countdownSeconds(page)),
      )
      // Read a few milliseconds apart, each rounded up to the second.
      expect(Math.abs((seenByNadia ?? 0) - (seenByJulien ?? 0))).toBeLessThanOrEqual(1)
      expect(seenByJulien).toBeGreaterThan(100)
      expect(seenByJulien).toBeLessThanOrEqual(120)
    })

    await timerPanel.getByRole('button', { name: 'Pause', exact: true }).click()
    await waitFor(async () => {
      const shown = await Promise.all(
        [camille, nadia, julien].map(({ page }) =>
          page.getByRole('timer', { name: 'Temps restant' }).textContent(),
        ),
      )
      expect(new Set(shown).size).toBe(1)
      await nadia.page.getByText('En pause', { exact: true }).waitFor({ timeout: 100 })
    })
    // Participants have no controls of the timer.
    expect(await nadia.page.getByRole('button', { name: 'Démarrer le minuteur' }).count()).toBe(0)
  })

  it('lets a participant raise a hand, seen by the facilitator, who gives the floor', async () => {
    const hands = nadia.page.getByRole('region', { name: /^Mains levées/ })
    await hands.getByRole('button', { name: '✋ Lever la main', exact: true }).click()
    await hands
      .getByRole('status')
      .filter({
        hasText: 'Votre main est levée : vous êtes le premier ou la première dans la file.',
      })
      .waitFor()

    const queue = camille.page.getByRole('region', { name: /^Mains levées/ })
    await camille.page
      .locator('[aria-live="polite"]')
      .filter({ hasText: 'Main levée : Nadia Benali.' })
      .waitFor()
    await queue.getByRole('listitem').filter({ hasText: 'Nadia Benali' }).waitFor()
    // Julien sees the queue too, without being in it.
    await julien.page
      .getByRole('region', { name: /^Mains levées/ })
      .getByRole('listitem')
      .filter({ hasText: 'Nadia Benali' })
      .waitFor()

    await queue
      .getByRole('button', { name: 'Donner la parole à Nadia Benali', exact: true })
      .click()
    await hands.getByText('Aucune main levée.', { exact: true }).waitFor()
    await hands.getByRole('button', { name: '✋ Lever la main', exact: true }).waitFor()
    await queue.getByText('Aucune main levée.', { exact: true }).waitFor()
  })

  it('shows a participant’s reaction to the others, fading', async () => {
    await julien.page.getByRole('button', { name: 'Réagir : Bravo', exact: true }).click()
    for (const { page } of [camille, nadia]) {
      await page
        .getByRole('list', { name: 'Réactions récentes' })
        .getByRole('img', { name: 'Bravo', exact: true })
        .waitFor()
    }
    // Gone once faded (four seconds of the server's clock).
    await nadia.page
      .getByRole('list', { name: 'Réactions récentes' })
      .getByRole('img', { name: 'Bravo', exact: true })
      .waitFor({ state: 'detached', timeout: 10_000 })

    for (const { page } of [camille, nadia]) {
      const blocking = blockingViolations(await auditAccessibility(page))
      expect(blocking, describeViolations(blocking)).toEqual([])
    }
  })
})
