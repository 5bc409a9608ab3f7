import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { createPage } from '../helpers/createDocument.ts'
import { openDocument, typeAtEnd } from '../helpers/documentScreen.ts'
import {
  connectEditorClient,
  whenEditorSynced,
  type EditorSyncClient,
} from '../helpers/editorSyncClient.ts'
import { openFicheAction } from '../helpers/ficheActionScreen.ts'
import { isFocused } from '../helpers/keyboardFocus.ts'
import { waitFor } from '../helpers/waitFor.ts'
import {
  DemoAccount,
  LILLE_SPACE_ID,
  startWebFixture,
  type WebFixture,
} from '../helpers/webFixture.ts'

const FICHE_TITLE = 'Forum des métiers du soin'
/** Every text the page draws on a canvas (the chart's axes), recorded from the start. */
const RECORD_CANVAS_TEXT_SCRIPT = `(() => {
  window.__canvasTexts = []
  const fillText = CanvasRenderingContext2D.prototype.fillText
  CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
    window.__canvasTexts.push(String(text))
    return fillText.call(this, text, ...rest)
  }
})()`

describe('the small fixes of the same pass', () => {
  let fixture: WebFixture
  let nadia: BrowserUser
  let camille: BrowserUser
  let ficheId: string
  let seeder: EditorSyncClient

  beforeAll(async () => {
    fixture = await startWebFixture()
    const { credential } = await fixture.api.signIn(DemoAccount.lille.email)
    const fiche = await fixture.api.request<{ document: { id: string } }>(
      'POST',
      `/api/spaces/${LILLE_SPACE_ID}/documents`,
      { as: credential, body: { kind: 'fiche-action', title: FICHE_TITLE } },
    )
    ficheId = fiche.body.document.id
    ;[nadia, camille] = await Promise.all([
      fixture.signIn(DemoAccount.lille.email),
      fixture.signIn(DemoAccount.admin.email),
    ])
    await nadia.context.addInitScript({ content: RECORD_CANVAS_TEXT_SCRIPT })
    seeder = connectEditorClient(fixture.server.syncUrl, ficheId, {
      Cookie: await nadia.sessionCookie(),
      Origin: fixture.server.httpUrl,
    })
    await whenEditorSynced(seeder)
    addIndicator(seeder.doc, [
      ['2026-04-01', 12],
      ['2026-05-15', 18],
      ['2026-06-30', 25],
    ])
  })
  afterAll(async () => {
    seeder.destroy()
    await fixture.close()
  })

  it('names the JSON export of a fiche after its title, not « export.json »', async () => {
    const screen = await openFicheAction(nadia.page, ficheId)
    const [download] = await Promise.all([
      screen.page.waitForEvent('download'),
      screen.page.getByRole('link', { name: 'Exporter (JSON)', exact: true }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^Forum.*soin\.json$/)
  })

  it('writes the dates of the indicator chart’s axis day first, as its table does', async () => {
    const screen = await openFicheAction(nadia.page, ficheId)
    await screen.fields.locator('table.tableau-mesures').getByText('01/04/2026').waitFor()
    const ticks = await waitFor(async () => {
      const drawn = await screen.page.evaluate<string[]>('window.__canvasTexts')
      const dates = drawn.filter((text) => /^\d{1,2}\/\d{1,2}/.test(text))
      expect(dates.length).toBeGreaterThan(1)
      return dates
    })
    for (const tick of ticks) expect(tick).toMatch(/^\d{2}\/\d{2}$/)
    expect(ticks).toContain('01/04')
    expect(ticks).not.toContain('4/1')
  })

  it('updates « Dernière modification » while someone else types', async () => {
    const { credential } = await fixture.api.signIn(DemoAccount.lille.email)
    const page = await createPage(fixture.api, credential, {
      spaceId: LILLE_SPACE_ID,
      title: 'Compte rendu du comité',
    })
    const nadiaScreen = await openDocument(nadia.page, page.id)
    const lastChange = nadiaScreen.page.getByText(/^Dernière modification/)
    expect(await lastChange.textContent()).not.toContain(DemoAccount.admin.name)
    const camilleScreen = await openDocument(camille.page, page.id)
    await nadiaScreen.presence.getByText(DemoAccount.admin.name, { exact: false }).waitFor()
    await typeAtEnd(camilleScreen, 'Ordre du jour')
    await waitFor(async () => {
      expect(await lastChange.textContent()).toBe(
        `Dernière modification à l’instant · ${DemoAccount.admin.name}`,
      )
    })
  })

  it('empties the invitation form’s address once the link is made, and focuses the link', async () => {
    const page = camille.page
    await page.goto(`/espaces/${LILLE_SPACE_ID}`)
    const address = page.getByLabel('Adresse électronique de la personne (facultatif)', {
      exact: true,
    })
    await address.fill('partenaire@exemple.fr')
    await page.getByRole('button', { name: 'Créer le lien d’invitation', exact: true }).click()
    const link = page.getByLabel('Lien d’invitation', { exact: true })
    await link.waitFor()
    expect(await link.inputValue()).toContain('/invitation/')
    expect(await address.inputValue()).toBe('')
    await waitFor(async () => {
      expect(await isFocused(page, link)).toBe(true)
    })
  })

  it('shows the logo in the header, in line with « Maillage »', async () => {
    await nadia.page.goto('/')
    const brand = nadia.page.getByRole('banner').getByRole('link', { name: /^Maillage/ })
    await brand.waitFor()
    const logo = await brand.locator('.logo').boundingBox()
    const text = await brand.locator('.nom-marque').boundingBox()
    const image = await nadia.page.evaluate<string>(
      "getComputedStyle(document.querySelector('.entete .logo')).backgroundImage",
    )
    expect(image).toContain('favicon.svg')
    expect(logo?.width).toBeGreaterThanOrEqual(24)
    expect(logo?.height).toBeGreaterThanOrEqual(24)
    const middle = (box: { y: number; height: number } | null | undefined): number =>
      (box?.y ?? 0) + (box?.height ?? 0) / 2
    expect(Math.abs(middle(logo) - middle(text))).toBeLessThanOrEqual(4)
  })

  it('no longer offers the visio link of an atelier that is over', async () => {
    const admin = await fixture.api.signIn(DemoAccount.admin.email)
    const created = await fixture.api.request<{ id: string }>('POST', '/api/ateliers', {
      as: admin.credential,
      body: {
        title: 'Découvrir DORA',
        date: new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10),
        time: '10:00',
        durationMinutes: 60,
        format: 'webinaire',
        theme: 'outils',
        intervenants: 'C2RP',
        visioLink: 'https://visio.exemple.fr/dora',
        capacity: 0,
      },
    })
    const atelierId = created.body.id
    const lille = await fixture.api.signIn(DemoAccount.lille.email)
    await fixture.api.request('POST', `/api/ateliers/${atelierId}/inscription`, {
      as: lille.credential,
    })
    const visio = nadia.page.getByRole('link', { name: /^Rejoindre la visioconférence/ })
    await nadia.page.goto(`/ateliers/${atelierId}`)
    await visio.waitFor()

    for (const action of ['demarrer', 'terminer']) {
      const moved = await fixture.api.request('POST', `/api/ateliers/${atelierId}/session`, {
        as: admin.credential,
        body: { action },
      })
      expect(moved.status).toBe(200)
    }
    await nadia.page.goto(`/ateliers/${atelierId}`)
    await nadia.page.getByText('Vous êtes inscrit·e à cet atelier.', { exact: true }).waitFor()
    expect(await visio.count()).toBe(0)
  })
})

/** Adds an indicator with the dated `measurements` to the fiche's fields, as the form writes it. */
function addIndicator(doc: Y.Doc, measurements: readonly (readonly [string, number])[]): void {
  doc.transact(() => {
    const indicators = new Y.Array<Y.Map<unknown>>()
    doc.getMap<unknown>('fields').set('indicateurs', indicators)
    const indicator = new Y.Map<unknown>()
    indicators.push([indicator])
    indicator.set('id', 'indicateur-personnes')
    indicator.set('order', 1)
    indicator.set('niveau', 'resultat')
    indicator.set('libelle', new Y.Text('Personnes recrutées'))
    indicator.set('unite', new Y.Text('personnes'))
    indicator.set('cible', 30)
    const list = new Y.Array<Y.Map<unknown>>()
    indicator.set('mesures', list)
    measurements.forEach(([date, value], index) => {
      const measurement = new Y.Map<unknown>()
      list.push([measurement])
      measurement.set('id', `mesure-${index}`)
      measurement.set('order', index + 1)
      measurement.set('date', date)
      measurement.set('valeur', value)
    })
  })
}
