import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { kindDefinition } from '@maillage/schema'
import type { SessionCredential } from '../helpers/apiClient.ts'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { SyncStatus, documentScreen, exactText } from '../helpers/documentScreen.ts'
import {
  READ_ONLY_SYNCED,
  buttonTexts,
  changeableControls,
  statusLine,
  statusSaying,
} from '../helpers/readOnlyScreen.ts'
import { saveScreenshot } from '../helpers/saveScreenshot.ts'
import {
  DemoAccount,
  LILLE_SPACE_ID,
  startWebFixture,
  type WebFixture,
} from '../helpers/webFixture.ts'

// Every kind a member creates in a space (ateliers and threads have their own workflow; the
// seeded atelier below stands for the first, threads are written through the API only).
const KINDS = [
  'diagnostic',
  'feuille-de-route',
  'fiche-action',
  'outil',
  'compte-rendu',
  'avis',
  'note',
  'lettre',
  'page',
] as const
const DAY_MS = 24 * 60 * 60 * 1000
const TYPED = 'frappe du lecteur'
const CHOICES = [
  { value: 'souvent', label: 'Souvent' },
  { value: 'parfois', label: 'Parfois' },
]
// Buttons that would change a document or an answer.
const CHANGING_BUTTONS = /Ajouter|Supprimer|Retirer|Monter|Descendre|Créer|Envoyer|Modifier/

describe('a lecteur on every co-edited form: read-only, and said so', () => {
  let fixture: WebFixture
  let thomas: BrowserUser
  let nadia: SessionCredential
  const documentIds = new Map<string, string>()
  let surveyId: string

  beforeAll(async () => {
    fixture = await startWebFixture()
    nadia = (await fixture.api.signIn(DemoAccount.lille.email)).credential
    const admin = (await fixture.api.signIn(DemoAccount.admin.email)).credential
    for (const kind of KINDS) {
      const created = await fixture.api.request<{ document: { id: string } }>(
        'POST',
        `/api/spaces/${LILLE_SPACE_ID}/documents`,
        { as: nadia, body: { kind, title: `Document ${kind} de Lille` } },
      )
      if (created.status !== 201) throw new Error(`${kind}: ${created.status} ${created.text}`)
      documentIds.set(kind, created.body.document.id)
    }
    const ateliers = await fixture.api.request<{ id: string }[]>('GET', '/api/ateliers', {
      as: admin,
    })
    const atelier = ateliers.body[0]
    if (atelier === undefined) throw new Error('the demo has no atelier')
    documentIds.set('atelier', atelier.id)
    surveyId = await openSurveyForLille(admin)
    thomas = await fixture.signIn(DemoAccount.lecteur.email)
  })
  afterAll(async () => {
    await fixture.close()
  })

  async function openSurveyForLille(admin: SessionCredential): Promise<string> {
    const created = await fixture.api.request<{ survey: { id: string } }>('POST', '/api/surveys', {
      as: admin,
      body: {
        title: 'Enquête de lecture',
        targetSpaceIds: [LILLE_SPACE_ID],
        questions: [
          { kind: 'likert', label: 'Utilité de la boîte à outils' },
          { kind: 'single', label: 'Fréquence', options: CHOICES },
          { kind: 'multiple', label: 'Usages', options: CHOICES },
          { kind: 'text', label: 'Besoin restant' },
        ],
      },
    })
    if (created.status !== 201) throw new Error(`survey: ${created.status} ${created.text}`)
    const id = created.body.survey.id
    await fixture.api.request('POST', `/api/surveys/${id}/open`, {
      as: admin,
      body: {
        opensAt: new Date(Date.now() - DAY_MS).toISOString(),
        closesAt: new Date(Date.now() + DAY_MS).toISOString(),
      },
    })
    // Nadia starts Lille's answer: lecteurs read the one their CLPE started.
    const started = await fixture.api.request(
      'GET',
      `/api/surveys/${id}/answers/${LILLE_SPACE_ID}`,
      {
        as: nadia,
      },
    )
    if (started.status !== 200) throw new Error(`answer not started: ${started.status}`)
    return id
  }

  for (const kind of [...KINDS, 'atelier']) {
    it(`shows a ${kind} read-only, status « Lecture seule », and ignores typing`, async () => {
      const page = thomas.page
      await page.goto(`/documents/${documentIds.get(kind) ?? ''}`)
      const screen = documentScreen(page)
      await statusSaying(page, READ_ONLY_SYNCED).waitFor()
      await screen.editor.waitFor()
      // The fields panel and an avis's « Adoption » are loaded when shown: read once they are there.
      const definition = kindDefinition(kind)
      if (definition.sections.length > 0) {
        // The panel's own heading: an avis's text has an « Avis » heading of its own.
        await page.locator('h2#titre-champs', { hasText: definition.label }).waitFor()
      }
      if (kind === 'avis') {
        await page.getByRole('heading', { level: 2, name: 'Adoption', exact: true }).waitFor()
      }
      expect(await changeableControls(page)).toEqual([])
      expect((await buttonTexts(page)).filter((text) => CHANGING_BUTTONS.test(text))).toEqual([])
      expect(await screen.toolbar.count()).toBe(0)
      const title = await screen.title.inputValue()
      await screen.title.click()
      await page.keyboard.type(TYPED)
      await screen.editor.click()
      await page.keyboard.type(TYPED)
      expect(await screen.title.inputValue()).toBe(title)
      expect(await screen.contentText()).not.toContain(TYPED)
      expect(await statusLine(page).textContent()).not.toContain(SyncStatus.Synced)
      if (kind === 'fiche-action') await saveScreenshot(page, 'lecture-seule-fiche-action')
    })
  }

  it('shows the survey answer of his CLPE read-only, without « Envoyer la réponse »', async () => {
    const page = thomas.page
    await page.goto(`/enquetes/${surveyId}/reponses/${LILLE_SPACE_ID}`)
    await statusSaying(page, READ_ONLY_SYNCED).waitFor()
    await page.getByText('Vous consultez cette réponse en lecture seule').waitFor()
    await page.getByRole('textbox', { name: 'Besoin restant' }).waitFor()
    expect(await changeableControls(page)).toEqual([])
    expect((await buttonTexts(page)).filter((text) => CHANGING_BUTTONS.test(text))).toEqual([])
    const text = page.getByRole('textbox', { name: 'Besoin restant' })
    await text.click()
    await page.keyboard.type(TYPED)
    expect(await text.inputValue()).toBe('')
    expect(await page.getByRole('radio', { name: /^4/ }).isChecked()).toBe(false)
    await saveScreenshot(page, 'lecture-seule-reponse-enquete')
  })

  it('shows the regional team the answer read-only too: it is the CLPE’s word', async () => {
    const camille = await fixture.signIn(DemoAccount.admin.email)
    const page = camille.page
    await page.goto(`/enquetes/${surveyId}/reponses/${LILLE_SPACE_ID}`)
    await statusSaying(page, READ_ONLY_SYNCED).waitFor()
    await page.getByRole('textbox', { name: 'Besoin restant' }).waitFor()
    expect(await changeableControls(page)).toEqual([])
    expect((await buttonTexts(page)).filter((text) => CHANGING_BUTTONS.test(text))).toEqual([])
  })
})

describe('the status line never claims a synchronisation that did not happen', () => {
  let fixture: WebFixture
  let nadia: BrowserUser
  let documentId: string

  beforeAll(async () => {
    fixture = await startWebFixture()
    const { credential } = await fixture.api.signIn(DemoAccount.lille.email)
    const created = await fixture.api.request<{ document: { id: string } }>(
      'POST',
      `/api/spaces/${LILLE_SPACE_ID}/documents`,
      { as: credential, body: { kind: 'page', title: 'Relevé hors connexion' } },
    )
    documentId = created.body.document.id
    nadia = await fixture.signIn(DemoAccount.lille.email)
  })
  afterAll(async () => {
    await fixture.close()
  })

  it('says « Connexion… », not « Synchronisé », while only the device’s copy is loaded', async () => {
    const page = nadia.page
    await page.goto(`/documents/${documentId}`)
    const screen = documentScreen(page)
    await screen.status(SyncStatus.Synced).waitFor()
    await screen.editor.focus()
    await page.keyboard.press('Control+End')
    await page.keyboard.type('Gardé sur cet appareil')
    await screen.editor.filter({ hasText: 'Gardé sur cet appareil' }).waitFor()

    // From now on the server's answers never reach the page: the provider cannot sync.
    await page.routeWebSocket(/\/sync\//, (socket) => {
      const server = socket.connectToServer()
      server.onMessage(() => undefined)
    })
    await page.reload()
    await screen.editor.filter({ hasText: 'Gardé sur cet appareil' }).waitFor()
    await screen.status(SyncStatus.Connecting).waitFor()
    expect(await statusLine(page).textContent()).not.toMatch(exactText(SyncStatus.Synced))
  })
})
