import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import {
  auditAccessibility,
  blockingViolations,
  describeViolations,
} from '../helpers/auditAccessibility.ts'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { documentScreen, openDocument } from '../helpers/documentScreen.ts'
import { READ_ONLY_SYNCED, statusSaying } from '../helpers/readOnlyScreen.ts'
import { saveScreenshot } from '../helpers/saveScreenshot.ts'
import { caretAtEndOf } from '../helpers/editorCaret.ts'
import { DemoAccount, startWebFixture, type WebFixture } from '../helpers/webFixture.ts'

// The main demo of drafting an avis together: Camille (animateur of the CoRE) and Nadia
// (contributrice) review it — Nadia suggests two changes, Camille comments, accepts one and
// rejects the other —, then it is submitted, approved by two members (Nadia and Thomas, a
// lecteur of the CoRE, as elected members often are), adopted; the history's comparison of the
// first version with the adopted one shows the accepted change and nothing else.

const CORE = 'core'
const FIRST_TEXT = 'Le CoRE émet un avis favorable au projet.'
const ACCEPTED = ' Il recommande un suivi annuel.'
const REJECTED = 'Projet – '
const COMMENT = 'Préciser les publics prioritaires.'
const FIRST_VERSION = 'Premier jet'

/** The « Adoption » panel of an avis's page. */
function adoptionOf(page: Page): Locator {
  return page.getByRole('region', { name: 'Adoption' })
}

/** The « Suggestions » panel of the document page. */
function suggestionsOf(page: Page): Locator {
  return page.getByRole('region', { name: 'Suggestions' })
}

/** The « Commentaires » panel of the document page. */
function commentsOf(page: Page): Locator {
  return page.getByRole('region', { name: 'Commentaires' })
}

describe('an avis reviewed, submitted, approved and adopted', () => {
  let fixture: WebFixture
  let avisId: string
  let camille: BrowserUser
  let nadia: BrowserUser
  let thomas: BrowserUser

  beforeAll(async () => {
    fixture = await startWebFixture()
    const admin = await fixture.api.signIn(DemoAccount.admin.email)
    const nadiaId = (await fixture.api.signIn(DemoAccount.lille.email)).accountId
    const thomasId = (await fixture.api.signIn(DemoAccount.lecteur.email)).accountId
    for (const [accountId, role] of [
      [nadiaId, 'contributeur'],
      [thomasId, 'lecteur'],
    ] as const) {
      const joined = await fixture.api.request('PUT', `/api/spaces/${CORE}/members/${accountId}`, {
        as: admin.credential,
        body: { role },
      })
      expect(joined.status).toBe(200)
    }
    const created = await fixture.api.request<{ document: { id: string } }>(
      'POST',
      `/api/spaces/${CORE}/documents`,
      {
        as: admin.credential,
        body: { kind: 'avis', title: 'Avis sur la carte des formations 2027' },
      },
    )
    expect(created.status).toBe(201)
    avisId = created.body.document.id
    camille = await fixture.signIn(DemoAccount.admin.email)
    nadia = await fixture.signIn(DemoAccount.lille.email)
    thomas = await fixture.signIn(DemoAccount.lecteur.email)
  })
  afterAll(async () => {
    await fixture.close()
  })

  it('lets a contributrice suggest and an animateur comment, accept one suggestion and reject the other', async () => {
    const camilleScreen = await openDocument(camille.page, avisId)
    // A new paragraph after the template's last one, « L’avis rendu… ».
    await caretAtEndOf(camilleScreen.editor.getByText(/^L’avis rendu/u))
    await camille.page.keyboard.press('Enter')
    await camille.page.keyboard.type(FIRST_TEXT)
    const nadiaScreen = await openDocument(nadia.page, avisId)
    await nadiaScreen.editor.filter({ hasText: FIRST_TEXT }).waitFor()

    // Camille names this first state in the history.
    await camille.page.getByRole('link', { name: 'Historique des versions' }).click()
    await camille.page.getByLabel('Nom de la version').fill(FIRST_VERSION)
    await camille.page.getByRole('button', { name: 'Nommer la version actuelle' }).click()
    await camille.page.getByRole('listitem').filter({ hasText: FIRST_VERSION }).waitFor()
    await openDocument(camille.page, avisId)

    // Camille comments her sentence; Nadia sees the thread live.
    await caretAtEndOf(camilleScreen.editor.getByText(FIRST_TEXT))
    await camille.page.keyboard.press('Shift+Home')
    await commentsOf(camille.page).getByRole('button', { name: 'Commenter la sélection' }).click()
    await commentsOf(camille.page).getByLabel('Votre commentaire').fill(COMMENT)
    await commentsOf(camille.page).getByRole('button', { name: 'Commenter', exact: true }).click()
    await commentsOf(nadia.page).getByText(COMMENT, { exact: true }).waitFor()

    // Nadia switches to suggestions and proposes an addition at the end and one at the start.
    const suggest = nadiaScreen.toolbar.getByRole('button', { name: 'Suggérer' })
    await suggest.click()
    expect(await suggest.getAttribute('aria-pressed')).toBe('true')
    await caretAtEndOf(nadiaScreen.editor.getByText(FIRST_TEXT))
    await nadia.page.keyboard.type(ACCEPTED)
    await nadiaScreen.editor.getByRole('heading', { name: 'Saisine' }).click()
    await nadia.page.keyboard.press('Home')
    await nadia.page.keyboard.type(REJECTED)
    await nadiaScreen.editor.locator('ins.suggestion', { hasText: REJECTED.trim() }).waitFor()
    await saveScreenshot(nadia.page, 'avis-suggestions')

    const panel = suggestionsOf(camille.page)
    const accept = panel.getByRole('button', { name: /^Accepter\s: ajout .*Il recommande/u })
    const reject = panel.getByRole('button', { name: /^Rejeter\s: ajout .*Projet/u })
    await accept.waitFor()
    await reject.waitFor()
    await accept.click()
    await panel.getByRole('status').filter({ hasText: 'Suggestion acceptée.' }).waitFor()
    await reject.click()
    await panel.getByRole('status').filter({ hasText: 'Suggestion rejetée.' }).waitFor()
    await suggestionsOf(nadia.page).getByText('Aucune suggestion en attente.').waitFor()
    const text = await documentScreen(nadia.page).contentText()
    expect(text).toContain(`${FIRST_TEXT}${ACCEPTED}`)
    expect(text).not.toContain(REJECTED)
  })

  it('is submitted, approved by two members, among them a lecteur, and adopted, live for everyone', async () => {
    await adoptionOf(nadia.page).getByRole('button', { name: 'Soumettre à l’adoption' }).click()
    await adoptionOf(camille.page)
      .getByText(/^Soumis à l’adoption/u)
      .waitFor()

    await thomas.page.goto(`/documents/${avisId}`)
    await statusSaying(thomas.page, READ_ONLY_SYNCED).waitFor()
    const thomasPanel = adoptionOf(thomas.page)
    await thomasPanel.getByText(/^Version soumise le .* par Nadia Benali/u).waitFor()
    await thomasPanel.getByLabel('J’approuve la version soumise').check()
    await thomasPanel.getByRole('button', { name: 'Enregistrer ma position' }).click()
    await thomasPanel.getByText('Votre position est enregistrée.').waitFor()

    const nadiaPanel = adoptionOf(nadia.page)
    await nadiaPanel.getByLabel('J’approuve la version soumise').check()
    await nadiaPanel.getByLabel('Commentaire').fill('Merci pour la relecture.')
    await nadiaPanel.getByRole('button', { name: 'Enregistrer ma position' }).click()

    const camillePanel = adoptionOf(camille.page)
    await camillePanel.getByText('2 approbations, 0 objection').waitFor()
    await camillePanel.getByText('Merci pour la relecture.').waitFor()
    // A lecteur neither submits nor adopts.
    expect(await thomasPanel.getByRole('button', { name: 'Adopter l’avis' }).count()).toBe(0)
    expect(await nadiaPanel.getByRole('button', { name: 'Adopter l’avis' }).count()).toBe(0)

    await camillePanel.getByRole('button', { name: 'Adopter l’avis' }).click()
    await camillePanel.getByRole('button', { name: 'Confirmer l’adoption' }).click()
    // The buttons are gone with the adoption: the focus is on the new state, read out.
    await camillePanel.locator('.etat-adoption:focus').filter({ hasText: 'Adopté.' }).waitFor()
    await thomasPanel.getByText('Adopté.', { exact: true }).waitFor()
    const approvers = thomasPanel.getByRole('list', { name: 'Approuvé par' })
    expect(await approvers.getByRole('listitem').allTextContents()).toEqual([
      'Thomas Petit',
      'Nadia Benali',
    ])
    await saveScreenshot(thomas.page, 'avis-adopte')
    const violations = blockingViolations(await auditAccessibility(thomas.page))
    expect(violations, describeViolations(violations)).toEqual([])

    const [download] = await Promise.all([
      thomas.page.waitForEvent('download'),
      thomasPanel.getByRole('link', { name: 'Télécharger en Markdown' }).click(),
    ])
    expect(download.suggestedFilename()).toBe(
      'Avis sur la carte des formations 2027 (version adoptée).md',
    )
    await thomasPanel.getByText(/est téléchargé\.$/u).waitFor()
    const exported = await readFile(await download.path(), 'utf8')
    expect(exported).toContain(`${FIRST_TEXT}${ACCEPTED}`)
    expect(exported).not.toContain(REJECTED)
  })

  it('shows, from the first version to the adopted one, exactly the accepted change', async () => {
    await camille.page.goto(`/documents/${avisId}/historique`)
    const from = camille.page.getByLabel('Version de départ')
    const to = camille.page.getByLabel('Version d’arrivée')
    const first = await from.locator('option', { hasText: FIRST_VERSION }).getAttribute('value')
    const adopted = await to
      .locator('option', { hasText: 'Version soumise à l’adoption' })
      .getAttribute('value')
    await from.selectOption(first ?? '')
    await to.selectOption(adopted ?? '')
    await camille.page.getByRole('button', { name: 'Comparer', exact: true }).click()
    const comparison = camille.page.getByRole('region', { name: 'Comparaison' })
    await comparison.locator('ins').first().waitFor()
    const added = await comparison.locator('ins').allTextContents()
    expect(added.join('')).toContain('Il recommande un suivi annuel.')
    expect(
      added
        .join('')
        .replace(/^ajouté\u00a0: /u, '')
        .trim(),
    ).toBe(ACCEPTED.trim())
    expect(await comparison.locator('del').count()).toBe(0)
  })

  it('lists on the accueil of a member the avis still to give, with the days left', async () => {
    await thomas.page.goto('/')
    const deadlines = thomas.page.getByRole('region', { name: 'Avis à rendre' })
    const seeded = deadlines.getByRole('listitem').filter({
      hasText: 'Avis du CoRE sur la carte des formations professionnelles 2027',
    })
    await seeded.waitFor()
    expect(await seeded.textContent()).toMatch(/Date limite\s: .* — dans \d+ jours/u)
    await seeded.getByRole('link').click()
    await adoptionOf(thomas.page)
      .getByText(/^En rédaction/u)
      .waitFor()
  })
})
