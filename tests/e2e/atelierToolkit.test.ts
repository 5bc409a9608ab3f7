import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  auditAccessibility,
  blockingViolations,
  describeViolations,
} from '../helpers/auditAccessibility.ts'
import { atelierSessionScreen } from '../helpers/atelierSessionScreen.ts'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { startLiveSession, openLiveSession } from '../helpers/liveSessionFixture.ts'
import { startWebFixture, type WebFixture } from '../helpers/webFixture.ts'

const TITLE = 'Mobilité des jeunes : la boîte à outils de l’animateur'
const QUESTION = 'Quel frein à la mobilité rencontrez-vous le plus ?'
const PROMPT = 'La mobilité en un à trois mots'
const MOBILITY_NOTE = 'Covoiturage vers les zones d’activité'
const HOUSING_NOTE = 'Logements temporaires pour les apprentis'

describe('a facilitator and two participants using the whole toolkit of a live session', () => {
  let fixture: WebFixture
  let camille: BrowserUser
  let nadia: BrowserUser
  let julien: BrowserUser
  let atelierId: string

  beforeAll(async () => {
    fixture = await startWebFixture()
    ;({ atelierId, camille, nadia, julien } = await startLiveSession(fixture, TITLE))
    await openLiveSession(atelierId, [camille, nadia, julien])
  }, 120_000)
  afterAll(async () => {
    await fixture.close()
  })

  it('runs a timer, a raised hand, a poll, a word cloud and groups; the compte rendu holds their results', async () => {
    const page = camille.page

    // The timer: everyone sees the same countdown.
    const controls = page.getByRole('group', { name: 'Conduite du minuteur' })
    await controls.getByLabel('Minutes', { exact: true }).fill('5')
    await controls.getByRole('button', { name: 'Démarrer le minuteur', exact: true }).click()
    for (const { page: participant } of [nadia, julien]) {
      await participant.getByRole('timer', { name: 'Temps restant' }).waitFor()
    }

    // A raised hand, seen and cleared by the facilitator.
    await nadia.page.getByRole('button', { name: /Lever la main$/ }).click()
    await page.getByRole('button', { name: /^Donner la parole à / }).waitFor()
    await page.getByRole('button', { name: 'Baisser toutes les mains', exact: true }).click()
    await nadia.page.getByRole('button', { name: /Lever la main$/ }).waitFor()

    // A poll answered by both participants, its results revealed.
    const form = page.locator('form.formulaire-nouveau-sondage')
    await form.getByLabel('Question', { exact: true }).fill(QUESTION)
    await form.getByLabel('Option 1', { exact: true }).fill('Le permis')
    await form.getByLabel('Option 2', { exact: true }).fill('Les transports')
    await form.getByRole('button', { name: 'Préparer le sondage', exact: true }).click()
    const prepared = page.locator('li.sondage-prepare').filter({ hasText: QUESTION })
    await prepared.getByRole('button', { name: 'Lancer', exact: true }).click()
    for (const [index, { page: participant }] of [nadia, julien].entries()) {
      const poll = participant.getByRole('article', { name: QUESTION, exact: true })
      await poll.getByLabel(index === 0 ? 'Le permis' : 'Les transports', { exact: true }).check()
      await poll.getByRole('button', { name: 'Répondre', exact: true }).click()
      await poll
        .getByText('Votre réponse est enregistrée — modifiable jusqu’à la clôture.', {
          exact: true,
        })
        .waitFor()
    }
    await prepared.getByText('Les transports — 1 réponse (50 %)', { exact: false }).waitFor()
    await prepared.getByRole('button', { name: 'Clôturer', exact: true }).click()
    await prepared.getByRole('button', { name: 'Afficher les résultats', exact: true }).click()

    // A word cloud.
    const cloudForm = page.locator('form.formulaire-nuage')
    await cloudForm.getByLabel('Consigne', { exact: true }).fill(PROMPT)
    await cloudForm.getByRole('button', { name: 'Ouvrir le nuage', exact: true }).click()
    for (const { page: participant } of [nadia, julien]) {
      const cloud = participant.getByRole('article', { name: PROMPT, exact: true })
      await cloud.getByLabel('Mot 1', { exact: true }).fill('Permis')
      await cloud.getByRole('button', { name: 'Envoyer mes mots', exact: true }).click()
      await cloud
        .getByText('Vos mots sont enregistrés — modifiables tant que le nuage est ouvert.')
        .waitFor()
    }

    // Breakout groups, chosen person by person; each participant is told their group.
    const groups = page.locator('form.formulaire-groupes')
    await groups.getByLabel('Nom du groupe 1', { exact: true }).fill('Mobilité')
    await groups.getByLabel('Nom du groupe 2', { exact: true }).fill('Logement')
    await groups.getByLabel('Choisie, personne par personne').check()
    await groups.getByLabel('Groupe de Nadia Benali').selectOption({ label: 'Mobilité' })
    await groups.getByLabel('Groupe de Julien Lefebvre').selectOption({ label: 'Logement' })
    await groups.getByLabel('Durée (minutes, facultative)').fill('15')
    await groups.getByText(/^Fin prévue à \d{2}:\d{2}\.$/).waitFor()
    await groups.getByRole('button', { name: 'Lancer les groupes', exact: true }).click()

    const seats = [
      [nadia, 'Vous êtes dans le groupe 1 — Mobilité', 'Mobilité', MOBILITY_NOTE],
      [julien, 'Vous êtes dans le groupe 2 — Logement', 'Logement', HOUSING_NOTE],
    ] as const
    for (const [user, told, name, note] of seats) {
      await user.page.locator('[aria-live="polite"]').filter({ hasText: told }).waitFor()
      const notes = user.page.getByRole('textbox', { name: `Notes du groupe ${name}`, exact: true })
      await notes.click()
      await user.page.keyboard.type(note)
    }
    // The facilitator visits the first group and sees its notes arrive.
    await page
      .getByRole('textbox', { name: 'Notes du groupe Mobilité', exact: true })
      .getByText(MOBILITY_NOTE)
      .waitFor()
    const blocking = blockingViolations(await auditAccessibility(nadia.page))
    expect(blocking, describeViolations(blocking)).toEqual([])

    await page.getByRole('button', { name: 'Retour en plénière', exact: true }).click()
    for (const { page: participant } of [nadia, julien]) {
      await participant
        .locator('[aria-live="polite"]')
        .filter({ hasText: 'Retour en plénière : les groupes sont terminés.' })
        .waitFor()
      // Both groups' work stays, read-only, under each group's name.
      await participant
        .getByRole('textbox', { name: 'Notes du groupe Logement', exact: true })
        .getByText(HOUSING_NOTE)
        .waitFor()
    }
    const afterwards = blockingViolations(await auditAccessibility(page))
    expect(afterwards, describeViolations(afterwards)).toEqual([])

    // The compte rendu drafted in one click holds the poll, the cloud and the groups' notes.
    await atelierSessionScreen(page).end()
    await page.getByRole('button', { name: 'Rédiger le compte rendu', exact: true }).click()
    await page.waitForURL(/\/documents\//u)
    const body = page.getByRole('textbox', { name: 'Contenu du document', exact: true })
    await body.getByText(QUESTION).waitFor()
    await body.getByText('Les transports : 1 (50 %)', { exact: false }).waitFor()
    await body.getByText(PROMPT).waitFor()
    await body.getByText('Groupe 1 — Mobilité (1 membre)').waitFor()
    await body.getByText(MOBILITY_NOTE).waitFor()
    await body.getByText(HOUSING_NOTE).waitFor()
  }, 180_000)
})
