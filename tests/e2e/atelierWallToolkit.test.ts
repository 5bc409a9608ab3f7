import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  auditAccessibility,
  blockingViolations,
  describeViolations,
} from '../helpers/auditAccessibility.ts'
import { atelierSessionScreen } from '../helpers/atelierSessionScreen.ts'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { startLiveSession } from '../helpers/liveSessionFixture.ts'
import { waitFor } from '../helpers/waitFor.ts'
import { DemoAccount, startWebFixture, type WebFixture } from '../helpers/webFixture.ts'

// The facilitator's wall toolkit in the browser: anonymity and the dots set by
// the facilitator, an anonymous note and its dots, the totals seen by another participant, a note
// hidden, the CSV downloaded.

const TITLE = 'Mobilité des jeunes : le mur anonyme'
const ANONYMOUS_NOTE = 'Les horaires décalés empêchent de garder un emploi sans voiture'
const NAMED_NOTE = 'Une navette vers la zone Artois-Flandres'
const ADD_DOT = `+ point : un point pour « ${ANONYMOUS_NOTE.slice(0, 40)}… » de Anonyme`

describe('the wall toolkit of a live session', () => {
  let fixture: WebFixture
  let camille: BrowserUser
  let nadia: BrowserUser
  let julien: BrowserUser
  let atelierId: string

  beforeAll(async () => {
    fixture = await startWebFixture()
    ;({ atelierId, camille, nadia, julien } = await startLiveSession(fixture, TITLE))
  })
  afterAll(async () => {
    await fixture.close()
  })

  it('lets the facilitator allow anonymity and set 3 dots, seen live by participants', async () => {
    for (const { page } of [camille, nadia, julien]) {
      await page.goto(`/ateliers/${atelierId}/session`)
      await atelierSessionScreen(page).synced.waitFor()
    }
    const settings = camille.page.getByRole('form', { name: 'Réglages du mur' })
    await settings.getByLabel('Autoriser la publication anonyme', { exact: true }).check()
    await settings.getByLabel('Points par participant', { exact: true }).fill('3')
    await settings.getByRole('button', { name: 'Enregistrer les réglages', exact: true }).click()
    await settings.getByRole('status').filter({ hasText: 'Réglages enregistrés.' }).waitFor()
    for (const { page } of [nadia, julien]) {
      await page.getByLabel('Publier anonymement', { exact: true }).waitFor()
      await page.getByText('Il vous reste 3 points sur 3.', { exact: true }).waitFor()
    }
    // Participants have no settings to change.
    expect(await nadia.page.getByRole('form', { name: 'Réglages du mur' }).count()).toBe(0)
  })

  it('lets a participant post anonymously and spend her dots; another sees no author and the totals', async () => {
    const page = nadia.page
    await page.getByLabel('Publier anonymement', { exact: true }).check()
    await page.getByLabel('Votre contribution', { exact: true }).fill(ANONYMOUS_NOTE)
    await page.getByRole('button', { name: 'Ajouter', exact: true }).click()
    await page
      .getByRole('status')
      .filter({ hasText: 'Note ajoutée au mur, sans votre nom.' })
      .waitFor()
    await atelierSessionScreen(julien.page).addSticky(NAMED_NOTE)

    const note = atelierSessionScreen(page).sticky(ANONYMOUS_NOTE)
    const addDot = note.getByRole('button', { name: ADD_DOT, exact: true })
    for (const left of [2, 1, 0]) {
      // From the keyboard: the button is reached and pressed without the mouse.
      await addDot.focus()
      await page.keyboard.press('Enter')
      await page
        .getByRole('status')
        .filter({ hasText: `Point placé. Il vous en reste ${left}.` })
        .waitFor()
    }
    await page.getByText('Il vous reste 0 point sur 3.', { exact: true }).waitFor()
    expect(await addDot.isDisabled()).toBe(true)

    const seen = atelierSessionScreen(julien.page).sticky(ANONYMOUS_NOTE)
    await seen.getByText('3 votes', { exact: true }).waitFor()
    await seen.getByText('— Anonyme', { exact: true }).waitFor()
    expect(await seen.getByText(DemoAccount.lille.name).count()).toBe(0)
    const blocking = blockingViolations(await auditAccessibility(page))
    expect(blocking, describeViolations(blocking)).toEqual([])
  })

  it('lets the facilitator hide a note, gone for participants, and download the CSV', async () => {
    const page = camille.page
    const note = atelierSessionScreen(page).sticky(NAMED_NOTE)
    await note
      .getByRole('button', { name: `Masquer la note « ${NAMED_NOTE} »`, exact: true })
      .click()
    await page
      .getByRole('status')
      .filter({ hasText: 'Note masquée : les participants ne la voient plus.' })
      .waitFor()
    await note.getByText('Masquée — invisible pour les participants', { exact: true }).waitFor()
    for (const participant of [nadia, julien]) {
      await waitFor(async () => {
        expect(await atelierSessionScreen(participant.page).sticky(NAMED_NOTE).count()).toBe(0)
      })
    }

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tableau (CSV)', exact: true }).click(),
    ])
    expect(download.suggestedFilename()).toBe('atelier-mobilite-des-jeunes-le-mur-anonyme-mur.csv')
    const csv = new TextDecoder().decode(await readFile(await download.path()))
    expect(csv).toContain('Note;Groupe;Votes;Auteur;Créée le;Masquée')
    expect(csv).toContain(`${ANONYMOUS_NOTE};Sans groupe;3;Anonyme;`)
    expect(csv).toMatch(
      new RegExp(`${NAMED_NOTE};Sans groupe;0;${DemoAccount.lens.name};[^;]+;oui`),
    )
    const blocking = blockingViolations(await auditAccessibility(page))
    expect(blocking, describeViolations(blocking)).toEqual([])
  })
})
