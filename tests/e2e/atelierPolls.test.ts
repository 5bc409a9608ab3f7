import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  auditAccessibility,
  blockingViolations,
  describeViolations,
} from '../helpers/auditAccessibility.ts'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { startLiveSession, openLiveSession } from '../helpers/liveSessionFixture.ts'
import { startWebFixture, type WebFixture } from '../helpers/webFixture.ts'

const TITLE = 'Mobilité des jeunes : les leviers du Bassin minier'
const QUESTION = 'Quel frein à la mobilité rencontrez-vous le plus ?'
const PROMPT = 'La mobilité en un à trois mots'

describe('a facilitator running a poll and a word cloud with two participants', () => {
  let fixture: WebFixture
  let camille: BrowserUser
  let nadia: BrowserUser
  let julien: BrowserUser
  let atelierId: string

  beforeAll(async () => {
    fixture = await startWebFixture()
    ;({ atelierId, camille, nadia, julien } = await startLiveSession(fixture, TITLE))
    await openLiveSession(atelierId, [camille, nadia, julien])
    // Three browsers and the server share the machine: the set-up alone can pass a minute.
  }, 120_000)
  afterAll(async () => {
    await fixture.close()
  })

  it('prepares and launches a quiz, both participants answer, the results are revealed to all', async () => {
    const page = camille.page
    const form = page.locator('form.formulaire-nouveau-sondage')
    await form.getByLabel('Question', { exact: true }).fill(QUESTION)
    await form.getByLabel('Option 1', { exact: true }).fill('Le permis')
    await form.getByLabel('Option 2', { exact: true }).fill('Les transports')
    await form.getByRole('button', { name: 'Ajouter une option', exact: true }).click()
    await form.getByLabel('Option 3', { exact: true }).fill('Le coût')
    await form.getByLabel('Bonne réponse (quiz)').nth(0).check()
    await form.getByRole('button', { name: 'Préparer le sondage', exact: true }).click()
    const prepared = page.locator('li.sondage-prepare').filter({ hasText: QUESTION })
    await prepared.getByRole('button', { name: 'Lancer', exact: true }).click()

    // Each participant is told of the new poll and answers it.
    const choices = ['Le permis', 'Les transports'] as const
    for (const [index, { page: participant }] of [nadia, julien].entries()) {
      await participant
        .locator('[aria-live="polite"]')
        .filter({ hasText: `Nouveau sondage : ${QUESTION}` })
        .waitFor()
      const poll = participant.getByRole('article', { name: QUESTION, exact: true })
      await poll.getByLabel(choices[index] ?? '', { exact: true }).check()
      await poll.getByRole('button', { name: 'Répondre', exact: true }).click()
      await poll
        .getByText('Votre réponse est enregistrée — modifiable jusqu’à la clôture.', {
          exact: true,
        })
        .waitFor()
      // No result before the facilitator reveals them.
      await poll
        .getByText('Les résultats s’afficheront quand l’animateur les révélera.', { exact: true })
        .waitFor()
    }

    // The facilitator sees the answers arrive live, before revealing them.
    await prepared.getByText('Le permis — 1 réponse (50 %)', { exact: false }).waitFor()
    await prepared.getByText('Les transports — 1 réponse (50 %)', { exact: false }).waitFor()
    await prepared.getByRole('button', { name: 'Clôturer', exact: true }).click()
    await prepared.getByRole('button', { name: 'Afficher les résultats', exact: true }).click()

    for (const { page: participant } of [nadia, julien]) {
      await participant
        .locator('[aria-live="polite"]')
        .filter({ hasText: `Résultats affichés : ${QUESTION}` })
        .waitFor()
      const poll = participant.getByRole('article', { name: QUESTION, exact: true })
      await poll.getByText('Le permis — 1 réponse (50 %) ✓ bonne réponse').waitFor()
      await poll.getByText('Les transports — 1 réponse (50 %)').waitFor()
      await poll.getByText('Le coût — 0 réponse (0 %)').waitFor()
    }
    const blocking = blockingViolations(await auditAccessibility(nadia.page))
    expect(blocking, describeViolations(blocking)).toEqual([])
  })

  it('opens a word cloud that grows live, normalised, and the facilitator hides a word', async () => {
    const page = camille.page
    const cloudForm = page.locator('form.formulaire-nuage')
    await cloudForm.getByLabel('Consigne', { exact: true }).fill(PROMPT)
    await cloudForm.getByRole('button', { name: 'Ouvrir le nuage', exact: true }).click()

    const sent = [
      ['Mobilité', 'permis'],
      ['mobilités', 'hors-sujet'],
    ] as const
    for (const [index, { page: participant }] of [nadia, julien].entries()) {
      const cloud = participant.getByRole('article', { name: PROMPT, exact: true })
      for (const [at, word] of (sent[index] ?? []).entries()) {
        await cloud.getByLabel(`Mot ${at + 1}`, { exact: true }).fill(word)
      }
      await cloud.getByRole('button', { name: 'Envoyer mes mots', exact: true }).click()
      await cloud
        .getByText('Vos mots sont enregistrés — modifiables tant que le nuage est ouvert.')
        .waitFor()
    }
    const list = (user: BrowserUser) =>
      user.page
        .getByRole('article', { name: PROMPT, exact: true })
        .getByRole('list', { name: 'Le nuage sous forme de liste' })
    for (const user of [camille, nadia, julien]) {
      await list(user).getByText('Mobilité — 2 fois', { exact: true }).waitFor()
      await list(user).getByText('hors-sujet — 1 fois', { exact: true }).waitFor()
    }
    await page.getByRole('button', { name: 'Masquer « hors-sujet »', exact: true }).click()
    for (const user of [nadia, julien]) {
      await list(user).getByText('permis — 1 fois', { exact: true }).waitFor()
      await expect
        .poll(() => list(user).getByText('hors-sujet — 1 fois', { exact: true }).count())
        .toBe(0)
    }
    const blocking = blockingViolations(await auditAccessibility(page))
    expect(blocking, describeViolations(blocking)).toEqual([])
  })
})
