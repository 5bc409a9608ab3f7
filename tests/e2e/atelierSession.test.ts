import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  auditAccessibility,
  blockingViolations,
  describeViolations,
} from '../helpers/auditAccessibility.ts'
import {
  openNewAtelierForm,
  publishAtelier,
  saveVisioLink,
  type AtelierDraft,
} from '../helpers/atelierPreparationScreen.ts'
import { atelierSessionScreen } from '../helpers/atelierSessionScreen.ts'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { SyncStatus, documentScreen } from '../helpers/documentScreen.ts'
import { expectScreenshot } from '../helpers/expectScreenshot.ts'
import { descriptionOf } from '../helpers/fieldDescription.ts'
import { idIn } from '../helpers/idInAddress.ts'
import { waitFor } from '../helpers/waitFor.ts'
import { DemoAccount, startWebFixture, type WebFixture } from '../helpers/webFixture.ts'

const TITLE = 'Mobilité des jeunes : lever les freins dans le Bassin minier'
// A week ahead: starting the session asks first (see atelierPreparation.test.ts).
const ATELIER: AtelierDraft = {
  title: TITLE,
  inDays: 7,
  heure: '14:00',
  dureeMinutes: 60,
  format: 'Atelier virtuel',
  theme: 'Dispositifs mobilisables',
  intervenants: 'Claire Martin (C2RP), Karim Haddad (France Travail)',
  places: 12,
}
const AGENDA = [
  { titre: 'Tour de table des CLPE', duree: '15', intervenant: 'Claire Martin' },
  { titre: 'Les aides à la mobilité de France Travail', duree: '30', intervenant: 'Karim Haddad' },
  { titre: 'Suites à donner', duree: '15', intervenant: 'Claire Martin' },
] as const
const NOTE_NADIA = 'Lille : 40 % des jeunes suivis sans permis de conduire.'
const NOTE_JULIEN = 'Lens : une navette vers la zone Artois-Flandres dès septembre.'
const STICKY_NADIA = 'Un garage solidaire par arrondissement'
const STICKY_JULIEN = 'Financer le permis des jeunes en CEJ'
const STICKY_THOMAS = 'Associer les auto-écoles sociales'
const GROUP = 'Permis et véhicules'
const VISIO = 'https://visio.exemple.fr/mobilite-bassin-minier'
const RESSOURCE = {
  titre: 'Guide des aides à la mobilité',
  lien: 'https://aides.exemple.fr/mobilite',
}
const DOCUMENT_PATH = /\/documents\/([^/?#]+)$/
// Set before the facilitator moves on: still there afterwards means the page was not reloaded.
const MARK_SCRIPT = 'window.sansRechargement = true'
const MARKED_SCRIPT = 'window.sansRechargement === true'
const FOCUSED_LABEL_SCRIPT = 'document.activeElement?.labels?.[0]?.textContent ?? null'

describe('a facilitator running a live session with two participants', () => {
  let fixture: WebFixture
  let camille: BrowserUser
  let nadia: BrowserUser
  let julien: BrowserUser
  let thomas: BrowserUser
  let participants: BrowserUser[]
  let everyone: BrowserUser[]
  let atelierId: string

  beforeAll(async () => {
    fixture = await startWebFixture()
    ;[camille, nadia, julien] = await Promise.all([
      fixture.signIn(DemoAccount.admin.email),
      fixture.signIn(DemoAccount.lille.email),
      fixture.signIn(DemoAccount.lens.email),
    ])
    participants = [nadia, julien]
    everyone = [camille, nadia, julien]
  })
  afterAll(async () => {
    await fixture.close()
  })

  it('lets the facilitator publish an atelier and give it a déroulé of three points', async () => {
    const page = camille.page
    await openNewAtelierForm(page)
    atelierId = await publishAtelier(page, ATELIER)
    // Checked with its errors and kept out of the document in atelierPreparation.test.ts.
    await saveVisioLink(page, VISIO)

    await page.getByRole('link', { name: 'Modifier l’atelier', exact: true }).click()
    await page.waitForURL(`**/documents/${atelierId}`)
    await documentScreen(page).status(SyncStatus.Synced).waitFor()
    const deroule = page.getByRole('group', { name: 'Déroulé', exact: true })
    for (const [index, item] of AGENDA.entries()) {
      await deroule.getByRole('button', { name: 'Ajouter un point', exact: true }).click()
      const point = deroule.getByRole('group', { name: `Point ${index + 1}`, exact: true })
      await point.getByLabel('Titre', { exact: true }).fill(item.titre)
      await point.getByLabel('Durée', { exact: true }).fill(item.duree)
      await point.getByLabel('Intervenant', { exact: true }).fill(item.intervenant)
    }
    // A point and a resource added but left without a title are shown nowhere.
    await deroule.getByRole('button', { name: 'Ajouter un point', exact: true }).click()
    const ressources = page.getByRole('group', { name: 'Ressources', exact: true })
    await ressources.getByRole('button', { name: 'Ajouter une ressource', exact: true }).click()
    const ressource = ressources.getByRole('group', { name: 'Ressource 1', exact: true })
    await ressource.getByLabel('Titre', { exact: true }).fill(RESSOURCE.titre)
    await ressource.getByLabel('Lien', { exact: true }).fill(RESSOURCE.lien)
    await ressources.getByRole('button', { name: 'Ajouter une ressource', exact: true }).click()

    // The atelier's page reads the déroulé from the document, as the server received it.
    await page.getByRole('link', { name: TITLE, exact: true }).click()
    await page.waitForURL(`**/ateliers/${atelierId}`)
    const programme = page.getByRole('region', { name: 'Déroulé', exact: true })
    await waitFor(async () => {
      const items = await programme.getByRole('listitem').allTextContents()
      expect(items).toEqual([
        `${AGENDA[0].titre} — 15 min, ${AGENDA[0].intervenant}`,
        `${AGENDA[1].titre} — 30 min, ${AGENDA[1].intervenant}`,
        `${AGENDA[2].titre} — 15 min, ${AGENDA[2].intervenant}`,
      ])
    })
    const shared = page.getByRole('region', { name: 'Ressources', exact: true })
    expect(await shared.getByRole('listitem').allTextContents()).toEqual([
      `${RESSOURCE.titre} (nouvelle fenêtre)`,
    ])
  })

  it('lets both participants register from the programme and wait on the session page', async () => {
    await Promise.all(
      participants.map(async ({ page }) => {
        await page.getByRole('navigation').getByRole('link', { name: 'Ateliers' }).click()
        const card = page.getByRole('article', { name: TITLE })
        await card.getByText('12 places restantes', { exact: false }).waitFor()
        await card.getByRole('link', { name: TITLE, exact: true }).click()
        await page.waitForURL(`**/ateliers/${atelierId}`)
        await page.getByRole('button', { name: 'S’inscrire', exact: true }).click()
        await page
          .getByRole('status')
          .filter({ hasText: 'Vous êtes inscrit·e à cet atelier.' })
          .waitFor()
        const ics = page.getByRole('link', { name: 'Ajouter à mon agenda (.ics)', exact: true })
        expect(await ics.getAttribute('href')).toBe(`/api/ateliers/${atelierId}/atelier.ics`)
        const visio = page.getByRole('link', { name: /^Rejoindre la visioconférence/ })
        expect(await visio.getAttribute('href')).toBe(VISIO)
        if (page === nadia.page) await expectScreenshot(page, 'atelier-inscrite')

        await page.getByRole('link', { name: 'Ouvrir la page de la session', exact: true }).click()
        await atelierSessionScreen(page).synced.waitFor()
        // Seat holders join the visio from the session's page too.
        const join = page.getByRole('link', { name: /^Rejoindre la visioconférence/ })
        expect(await join.getAttribute('href')).toBe(VISIO)
        await page.getByText('La session n’a pas commencé.', { exact: true }).waitFor()
        expect(await atelierSessionScreen(page).currentPoint.count()).toBe(0)
      }),
    )
    await camille.page.goto('/ateliers')
    await camille.page
      .getByRole('article', { name: TITLE })
      .getByText('10 places restantes', { exact: false })
      .waitFor()
    await expectScreenshot(camille.page, 'ateliers-programme')
  })

  it('moves every participant’s highlighted point as the facilitator runs the déroulé', async () => {
    const facilitator = camille.page
    await facilitator.goto(`/ateliers/${atelierId}`)
    await facilitator.getByRole('link', { name: 'Ouvrir la session', exact: true }).click()
    await atelierSessionScreen(facilitator).synced.waitFor()
    await atelierSessionScreen(facilitator).startEarly()
    for (const user of everyone) {
      await atelierSessionScreen(user.page)
        .currentPoint.filter({ hasText: AGENDA[0].titre })
        .waitFor()
    }
    for (const user of participants) await user.page.evaluate(MARK_SCRIPT)

    await facilitator.getByRole('button', { name: 'Point suivant', exact: true }).click()
    for (const user of everyone) {
      const session = atelierSessionScreen(user.page)
      await session.currentPoint.filter({ hasText: AGENDA[1].titre }).waitFor()
      expect(await session.currentPoint.count()).toBe(1)
      await user.page
        .getByText(`Point en cours : 2. ${AGENDA[1].titre}`, { exact: true })
        .waitFor({ state: 'attached' })
    }
    for (const user of participants) expect(await user.page.evaluate(MARKED_SCRIPT)).toBe(true)
    // Participants follow; only the facilitator steers.
    expect(
      await nadia.page.getByRole('button', { name: 'Point suivant', exact: true }).count(),
    ).toBe(0)
  })

  it('shows each participant the notes the other types, and the facilitator both', async () => {
    // One below the other: two people splitting the very same paragraph at the same instant get
    // their letters interleaved (Yjs merges both), which says nothing about the session.
    await atelierSessionScreen(nadia.page).typeNote(NOTE_NADIA)
    await julien.page
      .getByRole('textbox', { name: 'Notes partagées' })
      .getByText(NOTE_NADIA)
      .waitFor()
    await atelierSessionScreen(julien.page).typeNote(NOTE_JULIEN)
    await waitFor(
      async () => {
        for (const user of everyone) {
          const paragraphs = (await atelierSessionScreen(user.page).notesText()).split('\n')
          expect(paragraphs.slice(-2)).toEqual([NOTE_NADIA, NOTE_JULIEN])
        }
      },
      { timeoutMs: 15_000 },
    )
    for (const name of [DemoAccount.lille.name, DemoAccount.lens.name, DemoAccount.admin.name]) {
      await atelierSessionScreen(camille.page)
        .presence.getByRole('listitem')
        .filter({ hasText: name })
        .waitFor()
    }
  })

  it('shows all three the sticky notes, the votes and the group, live', async () => {
    const nadiaSession = atelierSessionScreen(nadia.page)
    const julienSession = atelierSessionScreen(julien.page)
    const composer = julien.page.getByLabel('Votre contribution', { exact: true })
    expect(await descriptionOf(composer)).toContain('280 caractères restants.')
    await Promise.all([
      nadiaSession.addSticky(STICKY_NADIA),
      julienSession.addStickyWithKeys(STICKY_JULIEN),
    ])
    // Added with « Ajouter » (Nadia) or Ctrl+Entrée (Julien), a note leaves the focus in the
    // emptied text, for the next one.
    for (const { page } of participants) {
      await waitFor(async () => {
        expect(await page.getByLabel('Votre contribution', { exact: true }).inputValue()).toBe('')
        expect(await page.evaluate(FOCUSED_LABEL_SCRIPT)).toBe('Votre contribution')
      })
    }
    for (const user of everyone) {
      const session = atelierSessionScreen(user.page)
      await session.sticky(STICKY_NADIA).waitFor()
      await session.sticky(STICKY_JULIEN).waitFor()
    }

    // Named after the start of the note, not only its author, who may have written several.
    const vote = julienSession.sticky(STICKY_NADIA).getByRole('button', {
      name: `+ point : un point pour « ${STICKY_NADIA} » de ${DemoAccount.lille.name}`,
      exact: true,
    })
    await vote.click()
    await julien.page
      .getByRole('status')
      .filter({ hasText: 'Point placé. Il vous en reste 2.' })
      .waitFor()
    await julien.page.getByText('Il vous reste 2 points sur 3.', { exact: true }).waitFor()
    await julienSession.sticky(STICKY_NADIA).getByText('(dont 1 point de vous)').waitFor()
    for (const user of everyone) {
      const session = atelierSessionScreen(user.page)
      await session.sticky(STICKY_NADIA).getByText('1 vote', { exact: true }).waitFor()
      await session.sticky(STICKY_JULIEN).getByText('Aucun vote', { exact: true }).waitFor()
    }
    // Nadia placed none of her dots.
    await nadia.page.getByText('Il vous reste 3 points sur 3.', { exact: true }).waitFor()
    expect(await nadiaSession.sticky(STICKY_NADIA).getByText(/dont/).count()).toBe(0)

    const facilitator = camille.page
    await facilitator.getByLabel('Nouveau groupe', { exact: true }).fill(GROUP)
    await facilitator.getByRole('button', { name: 'Créer le groupe', exact: true }).click()
    await atelierSessionScreen(facilitator)
      .sticky(STICKY_NADIA)
      .getByLabel(`Groupe de « ${STICKY_NADIA} » de ${DemoAccount.lille.name}`, { exact: true })
      .selectOption({ label: GROUP })
    for (const user of everyone) {
      const session = atelierSessionScreen(user.page)
      await session.column(GROUP).locator('.note-mur', { hasText: STICKY_NADIA }).waitFor()
      await session.column('Sans groupe').locator('.note-mur', { hasText: STICKY_JULIEN }).waitFor()
      expect(await session.column('Sans groupe').getByText(STICKY_NADIA).count()).toBe(0)
    }

    await expectScreenshot(facilitator, 'atelier-session-animateur')
    await expectScreenshot(nadia.page, 'atelier-session-participante')
    const violations = blockingViolations(await auditAccessibility(nadia.page))
    expect(violations, describeViolations(violations)).toEqual([])

    // What is pasted beyond the limit is cut by the browser: the person is told.
    await nadiaSession.pasteContribution('x'.repeat(300))
    await nadia.page
      .getByRole('status')
      .filter({ hasText: 'Le texte collé dépassait 280 caractères' })
      .waitFor()
  })

  it('lets a visitor follow the session read-only, then register to take part', async () => {
    thomas = await fixture.signIn(DemoAccount.lecteur.email)
    const { page } = thomas
    await page.goto(`/ateliers/${atelierId}/session`)
    const session = atelierSessionScreen(page)
    await session.synced.waitFor()
    await session.currentPoint.filter({ hasText: AGENDA[1].titre }).waitFor()
    await session.sticky(STICKY_NADIA).getByText('1 vote', { exact: true }).waitFor()
    await waitFor(async () => {
      expect(await session.notes.getAttribute('aria-readonly')).toBe('true')
    })
    expect(await page.getByRole('button', { name: 'Ajouter', exact: true }).count()).toBe(0)
    expect(await session.sticky(STICKY_NADIA).getByRole('button').count()).toBe(0)
    // Without a seat, no visio link.
    expect(await page.getByRole('link', { name: /^Rejoindre la visioconférence/ }).count()).toBe(0)

    await page.getByRole('button', { name: 'S’inscrire pour participer', exact: true }).click()
    // Registered, the page reconnects: the server grants the new connection the notes and the wall.
    await session.addSticky(STICKY_THOMAS)
    for (const user of [...everyone, thomas]) {
      await atelierSessionScreen(user.page).sticky(STICKY_THOMAS).waitFor()
    }
    await waitFor(async () => {
      expect(await session.notes.getAttribute('aria-readonly')).toBe('false')
    })
  })

  it('ends the session for everyone and drafts the compte rendu from the notes and the wall', async () => {
    const facilitator = camille.page
    await atelierSessionScreen(facilitator).end()
    for (const user of everyone) {
      await user.page.getByText('Session terminée', { exact: true }).waitFor()
      await user.page
        .getByText('Les notes restent modifiables pour les compléter.', { exact: true })
        .waitFor()
      expect(await atelierSessionScreen(user.page).currentPoint.count()).toBe(0)
    }
    // The wall is frozen: nobody adds or votes any more.
    expect(await nadia.page.getByRole('button', { name: 'Ajouter', exact: true }).count()).toBe(0)
    // The resources come beside the session, the untitled one left out; the visio link goes.
    const afterwards = nadia.page.getByRole('region', { name: 'Après la session', exact: true })
    expect(await afterwards.getByRole('listitem').allTextContents()).toEqual([
      `${RESSOURCE.titre} (nouvelle fenêtre)`,
    ])
    expect(
      await nadia.page.getByRole('link', { name: /^Rejoindre la visioconférence/ }).count(),
    ).toBe(0)
    await expectScreenshot(nadia.page, 'atelier-session-terminee')

    // Ended by mistake: the facilitator resumes it on its first point, and the wall reopens.
    await facilitator.getByRole('button', { name: 'Reprendre la session', exact: true }).click()
    for (const user of everyone) {
      await atelierSessionScreen(user.page)
        .currentPoint.filter({ hasText: AGENDA[0].titre })
        .waitFor()
    }
    await nadia.page.getByRole('button', { name: 'Ajouter', exact: true }).waitFor()
    await atelierSessionScreen(facilitator).end()
    for (const user of everyone) {
      await user.page.getByText('Session terminée', { exact: true }).waitFor()
    }

    await facilitator.getByRole('button', { name: 'Rédiger le compte rendu', exact: true }).click()
    await facilitator.waitForURL(DOCUMENT_PATH)
    const compteRenduId = idIn(facilitator, DOCUMENT_PATH)
    expect(compteRenduId).not.toBe(atelierId)
    const report = documentScreen(facilitator)
    await report.status(SyncStatus.Synced).waitFor()
    await waitFor(async () => {
      const text = await report.contentText()
      for (const expected of [NOTE_NADIA, NOTE_JULIEN, STICKY_NADIA, STICKY_JULIEN, GROUP]) {
        expect(text).toContain(expected)
      }
      expect(text.indexOf(GROUP)).toBeLessThan(text.indexOf(STICKY_NADIA))
    })
    await expectScreenshot(facilitator, 'atelier-compte-rendu', report.editor)

    // The participants are offered the compte rendu as soon as it exists, without reloading.
    for (const user of participants) {
      const link = user.page.getByRole('link', { name: 'Voir le compte rendu', exact: true })
      await link.waitFor()
      expect(await link.getAttribute('href')).toBe(`/documents/${compteRenduId}`)
    }
  })

  it('shows the facilitator who attended', async () => {
    const facilitator = camille.page
    await facilitator.goto(`/ateliers/${atelierId}`)
    await facilitator.getByRole('heading', { level: 3, name: /^Présents à la session/ }).waitFor()
    const attendance = facilitator.getByRole('table', { name: /^Présents à la session/ })
    for (const name of [DemoAccount.lille.name, DemoAccount.lens.name]) {
      await attendance.getByRole('rowheader', { name, exact: true }).waitFor()
    }
    await facilitator.getByRole('link', { name: 'Voir le compte rendu', exact: true }).waitFor()
    await expectScreenshot(facilitator, 'atelier-animation')
  })
})
