import { stat } from 'node:fs/promises'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  auditAccessibility,
  blockingViolations,
  describeViolations,
} from '../helpers/auditAccessibility.ts'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { exactText } from '../helpers/documentScreen.ts'
import { saveScreenshot } from '../helpers/saveScreenshot.ts'
import { waitFor } from '../helpers/waitFor.ts'
import { DemoAccount, startWebFixture, type WebFixture } from '../helpers/webFixture.ts'
import { clickIntoEditor } from '../helpers/clickIntoEditor.ts'

const LENS_NAME = 'CLPE Lens'
const LILLE_NAME = 'CLPE Lille Métropole'
const TITLE = 'Pas de transport à la demande pour les jeunes en formation le soir'
const THEME = 'Freins à la mobilité'
const OPENING =
  'Les jeunes du Bassin minier en formation du soir ne peuvent pas rentrer chez eux après 21 h.'
const GREETING = 'Bonjour '
const REPLY_END = ' pouvez-vous partager votre étude sur les navettes de la métropole\u00a0?'
const THREAD_PATH = /\/echanges\/(?!nouveau$|synergies$)([^/?#]+)$/
const MENTION_LINK = /\/echanges\/([^/?#]+)#message-([^/?#]+)$/

describe('the échanges between CLPE: a remontée, a mention, « nous aussi » and synergies', () => {
  let fixture: WebFixture
  let julien: BrowserUser
  let nadia: BrowserUser
  let thomas: BrowserUser
  let threadId: string
  let unreadBefore: number

  beforeAll(async () => {
    fixture = await startWebFixture()
    ;[julien, nadia, thomas] = await Promise.all([
      fixture.signIn(DemoAccount.lens.email),
      fixture.signIn(DemoAccount.lille.email),
      fixture.signIn(DemoAccount.lecteur.email),
    ])
  })
  afterAll(async () => {
    await fixture.close()
  })

  it('lets a contributeur of Lens open a remontée for his CLPE, with its first message', async () => {
    const page = julien.page
    await mainNav(page).getByRole('link', { name: 'Échanges' }).click()
    await page.getByRole('heading', { level: 1, name: 'Échanges' }).waitFor()
    await page.getByRole('link', { name: 'Ouvrir un échange', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Ouvrir un échange' }).waitFor()

    // Sent empty: every problem at once, in a summary that takes the focus and links to the fields.
    await page.getByRole('button', { name: 'Ouvrir l’échange', exact: true }).click()
    const summary = page.getByRole('alert').filter({ hasText: 'Le formulaire contient 4 erreurs' })
    await waitFor(async () => {
      expect(await summary.and(page.locator(':focus')).count()).toBe(1)
    })
    expect(await summary.getByRole('link').allInnerTexts()).toEqual([
      'Choisissez le type d’échange.',
      'Donnez un titre à l’échange.',
      'Choisissez au moins un thème : c’est ce qui rapproche les sujets des territoires.',
      'Écrivez votre message.',
    ])
    await expectScreenshot(page, 'exchange-new-errors')
    await summary.getByRole('link', { name: 'Donnez un titre à l’échange.' }).click()
    await waitFor(async () => {
      const title = page.getByLabel('Titre', { exact: true })
      expect(await title.and(page.locator(':focus')).count()).toBe(1)
    })

    await page.getByRole('radio', { name: /^Remontée/ }).check()
    await page.getByLabel('Titre', { exact: true }).fill(TITLE)
    await page
      .getByRole('group', { name: 'Thèmes', exact: true })
      .getByRole('checkbox', { name: THEME, exact: true })
      .check()
    // Julien writes for one CLPE only: it is the origin and a territory concerned already.
    expect(await selectedLabel(page.getByLabel('Au nom de', { exact: true }))).toBe(LENS_NAME)
    const territories = page.getByRole('group', { name: 'Territoires concernés', exact: true })
    expect(
      await territories
        .getByRole('group', { name: 'Pas-de-Calais (62)', exact: true })
        .getByRole('checkbox', { name: LENS_NAME, exact: true })
        .isChecked(),
    ).toBe(true)
    await territories
      .getByRole('group', { name: 'Nord (59)', exact: true })
      .getByRole('checkbox', { name: LILLE_NAME, exact: true })
      .check()
    await clickIntoEditor(page, page.getByRole('textbox', { name: 'Premier message', exact: true }))
    await page.keyboard.type(OPENING)
    await expectScreenshot(page, 'exchange-new')
    await expectNoBlockingViolation(page)
    await page.getByRole('button', { name: 'Ouvrir l’échange', exact: true }).click()

    await page.waitForURL(THREAD_PATH)
    threadId = idIn(page.url(), THREAD_PATH)
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor()
    await messages(page).filter({ hasText: OPENING }).getByText(DemoAccount.lens.name).waitFor()
    // Ticked at opening, Lille does not count toward « supra-territorial » yet: the page says so.
    await page
      .getByText('les territoires cochés à l’ouverture ne comptent', { exact: false })
      .waitFor()
  })

  it('shows it in the list of Lille, filtered by type in the address, and opens it', async () => {
    const page = nadia.page
    await mainNav(page).getByRole('link', { name: 'Échanges' }).click()
    const item = threadItem(page)
    await item.getByText('Remontée', { exact: true }).waitFor()
    await item.getByText('Ouvert', { exact: true }).waitFor()
    await item.getByText(`Par ${DemoAccount.lens.name}, ${LENS_NAME}`, { exact: false }).waitFor()

    const filters = page.getByRole('search', { name: 'Filtrer les échanges' })
    await filters.getByLabel('Type', { exact: true }).selectOption({ label: 'Question' })
    await page.waitForURL(/\/echanges\?type=question$/)
    await waitFor(async () => {
      expect(await threadItem(page).count()).toBe(0)
    })
    await filters.getByLabel('Type', { exact: true }).selectOption({ label: 'Remontée' })
    await page.waitForURL(/\/echanges\?type=remontee$/)
    await threadItem(page).waitFor()
    await expectScreenshot(page, 'exchanges-list')
    await expectNoBlockingViolation(page)

    await threadItem(page).getByRole('link', { name: TITLE, exact: true }).click()
    await page.waitForURL(`**/echanges/${threadId}`)
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor()
    await messages(page).filter({ hasText: OPENING }).waitFor()
    // Both are on the page: each sees the other.
    await presence(page).getByText(DemoAccount.lens.name, { exact: true }).waitFor()
    await presence(julien.page).getByText(DemoAccount.lille.name, { exact: true }).waitFor()
    unreadBefore = await unreadCount(page)
  })

  it('delivers live to Lille a message mentioning Nadia, chosen in the list with the keyboard', async () => {
    const page = julien.page
    const editor = page.getByRole('combobox', { name: 'Votre message', exact: true })
    await clickIntoEditor(page, editor)
    // Nobody matches: the list says so, in a row that cannot be chosen.
    await page.keyboard.type('@Zorglub')
    const popup = page.locator('.liste-mentions')
    await popup.getByRole('status').getByText('Aucune personne trouvée', { exact: true }).waitFor()
    expect(await popup.getByRole('option').count()).toBe(0)
    for (let typed = 0; typed < '@Zorglub'.length; typed += 1)
      await page.keyboard.press('Backspace')
    await page.keyboard.type(`${GREETING}@Nad`)
    const option = page
      .getByRole('listbox', { name: 'Personnes à mentionner' })
      .getByRole('option', { name: DemoAccount.lille.name, exact: true })
    await option.waitFor()
    await waitFor(async () => {
      expect(await option.getAttribute('aria-selected')).toBe('true')
      expect(await editor.getAttribute('aria-activedescendant')).toBe(
        await option.getAttribute('id'),
      )
    })
    await expectScreenshot(page, 'exchange-mention-list')
    await page.keyboard.press('Enter')
    await editor.locator('.mention', { hasText: `@${DemoAccount.lille.name}` }).waitFor()
    expect(await page.getByRole('listbox', { name: 'Personnes à mentionner' }).count()).toBe(0)
    await page.keyboard.type(REPLY_END.trimStart())
    await page.keyboard.press('Control+Enter')
    await waitFor(async () => {
      expect((await editor.textContent())?.trim()).toBe('')
    })

    // Nadia has not reloaded: the message comes through the thread's Y.Doc.
    const received = messages(nadia.page).filter({ hasText: REPLY_END.trim() })
    await received.waitFor()
    await received.getByText(DemoAccount.lens.name, { exact: true }).waitFor()
    await received
      .locator('.mention', { hasText: exactText(`@${DemoAccount.lille.name}`) })
      .waitFor()
    await nadia.page
      .getByText(`Nouveau message de ${DemoAccount.lens.name}`, { exact: true })
      .waitFor({ state: 'attached' })
    // And Julien sees his own message once, not twice.
    await waitFor(async () => {
      expect(await messages(page).filter({ hasText: REPLY_END.trim() }).count()).toBe(1)
    })
  })

  it('counts the mention in Nadia’s notifications, whose link opens the message', async () => {
    const page = nadia.page
    await waitFor(
      async () => {
        expect(await unreadCount(page)).toBe(unreadBefore + 1)
      },
      { timeoutMs: 15_000 },
    )
    await mainNav(page)
      .getByRole('link', { name: /^Notifications/ })
      .click()
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor()
    const notice = page
      .getByRole('listitem')
      .filter({ hasText: `${DemoAccount.lens.name} vous a mentionné dans « ${TITLE} »` })
    await notice.getByText('Non lue', { exact: true }).waitFor()
    await expectScreenshot(page, 'notifications')
    // « Tout marquer comme lu »: every notice at once, and the header's count with them.
    await page.getByRole('button', { name: 'Tout marquer comme lu', exact: true }).click()
    await page.getByRole('status').getByText('Tout est lu.', { exact: false }).waitFor()
    expect(await page.getByText('Non lue', { exact: true }).count()).toBe(0)
    expect(await unreadCount(page)).toBe(0)
    await notice.getByRole('link', { name: 'Ouvrir' }).click()
    await page.waitForURL(MENTION_LINK)
    const [linkedThread, messageId] = idsIn(page.url())
    expect(linkedThread).toBe(threadId)
    const target = page.locator(`[id="message-${messageId}"]`)
    await target.filter({ hasText: REPLY_END.trim() }).waitFor()
    await waitFor(async () => {
      expect(await target.and(page.locator(':focus')).count()).toBe(1)
      expect(await target.isVisible()).toBe(true)
    })
  })

  it('lets Lille say « nous aussi », which Lens sees live', async () => {
    const page = nadia.page
    const echoes = (p: Page) =>
      p.getByRole('region', { name: 'Les territoires qui disent « nous aussi »' })
    await echoes(page).getByText('Aucun autre territoire pour l’instant.').waitFor()
    await echoes(page)
      .getByRole('button', { name: `Nous aussi pour ${LILLE_NAME}`, exact: true })
      .click()
    await echoes(page).getByText(LILLE_NAME, { exact: true }).waitFor()
    await echoes(page)
      .getByRole('button', { name: `Retirer le « nous aussi » de ${LILLE_NAME}`, exact: true })
      .waitFor()
    await echoes(julien.page).getByText(LILLE_NAME, { exact: true }).waitFor()
    await echoes(julien.page).getByText(DemoAccount.lille.name, { exact: false }).waitFor()
    // In the head of the thread too, under their own label.
    await julien.page
      .locator('.entete-echange .details > div', { hasText: 'Ont dit « nous aussi »' })
      .getByText(LILLE_NAME, { exact: true })
      .waitFor()
    await expectScreenshot(page, 'exchange-thread')

    await expectNoBlockingViolation(page)
  })

  it('lets its author move the status, which Lille sees live', async () => {
    const status = julien.page.getByRole('region', { name: 'Statut de l’échange', exact: true })
    await status
      .getByLabel('Nouveau statut', { exact: true })
      .selectOption({ label: 'Pris en charge' })
    await status.getByRole('button', { name: 'Changer le statut', exact: true }).click()
    const badge = (page: Page) =>
      page.locator('.entete-echange .badge-statut', { hasText: exactText('Pris en charge') })
    await badge(julien.page).waitFor()
    await badge(nadia.page).waitFor()
  })

  it('shows a lecteur the thread and its messages, but no composer', async () => {
    const page = thomas.page
    await mainNav(page).getByRole('link', { name: 'Échanges' }).click()
    await threadItem(page).waitFor()
    expect(await page.getByRole('link', { name: 'Ouvrir un échange' }).count()).toBe(0)
    await threadItem(page).getByRole('link', { name: TITLE, exact: true }).click()
    await messages(page).filter({ hasText: REPLY_END.trim() }).waitFor()
    await page
      .getByText('Vous pouvez lire cet échange, mais pas y répondre', { exact: false })
      .waitFor()
    expect(await page.getByRole('combobox', { name: 'Votre message' }).count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Envoyer' }).count()).toBe(0)
  })

  it('groups the remontée with the CLPE that raised it in the synergies', async () => {
    const page = nadia.page
    await mainNav(page).getByRole('link', { name: 'Échanges' }).click()
    await page.getByRole('link', { name: 'Synergies entre territoires', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Synergies entre territoires' }).waitFor()
    await page
      .getByRole('heading', { level: 2, name: 'Problématiques supra-territoriales' })
      .waitFor()
    const theme = page.getByRole('region', { name: THEME, exact: true })
    const subject = theme
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: TITLE, exact: true }) })
    await subject.getByText('2 CLPE', { exact: true }).waitFor()
    await subject.getByText(LENS_NAME, { exact: false }).waitFor()
    await subject.getByText(LILLE_NAME, { exact: false }).waitFor()
    await expectScreenshot(page, 'exchange-synergies')
    await expectNoBlockingViolation(page)
  })

  // Last: it leaves Julien unable to post for a minute.
  it('keeps a refused message in the composer with the server’s reason: too many mentions, too many messages', async () => {
    const page = julien.page
    const reply = page.getByRole('region', { name: 'Répondre', exact: true })
    const editor = reply.getByRole('combobox', { name: 'Votre message', exact: true })
    const draft = 'Je relance tout le monde sur les navettes.'
    await clickIntoEditor(page, editor)
    await page.keyboard.type(draft)

    // The browser cannot offer 21 people: 21 mentions are added to the request it sends.
    await page.route(
      '**/api/echanges/*/messages',
      async (route) => {
        const body = route.request().postDataJSON() as { content: { content: object[] } }
        const mentions = Array.from({ length: 21 }, (_, index) => ({
          type: 'mention',
          attrs: { id: `personne-${index}`, label: `Personne ${index}` },
        }))
        body.content.content.push({ type: 'paragraph', content: mentions })
        await route.continue({ postData: JSON.stringify(body) })
      },
      { times: 1 },
    )
    await page.keyboard.press('Control+Enter')
    await reply
      .getByRole('alert')
      .getByText('Vous pouvez mentionner 20 personnes au plus dans un message.', { exact: false })
      .waitFor()
    expect(await editor.textContent()).toContain(draft)

    // Julien sends many messages from elsewhere, until the server holds him back.
    const { credential } = await fixture.api.signIn(DemoAccount.lens.email)
    for (let sent = 0; sent < 25; sent += 1) {
      const answer = await fixture.api.request('POST', `/api/echanges/${threadId}/messages`, {
        as: credential,
        body: {
          content: {
            type: 'doc',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: `Relance ${sent}` }] }],
          },
        },
      })
      if (answer.status === 429) break
      expect(answer.status, answer.text).toBe(201)
    }
    await page.keyboard.press('Control+Enter')
    await reply.getByRole('alert').getByText('attendez', { exact: false }).waitFor()
    await reply.getByRole('alert').getByText('il reste ici', { exact: false }).waitFor()
    expect(await editor.textContent()).toContain(draft)
  })
})

/** The list item of the thread of this test, in the list of threads. */
function threadItem(page: Page): Locator {
  return page
    .getByRole('list', { name: 'Échanges' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: TITLE, exact: true }) })
}

/** The header's navigation (pages with a breadcrumb have a second one). */
function mainNav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Navigation principale' })
}

/** The messages of the thread shown. */
function messages(page: Page): Locator {
  return page.locator('ol.messages > li')
}

/** Who is on the thread's page. */
function presence(page: Page): Locator {
  return page.getByRole('list', { name: 'Personnes présentes' })
}

/** The number of unread notifications the header shows (0 without a count). */
async function unreadCount(page: Page): Promise<number> {
  const counter = mainNav(page).locator('.compteur')
  return (await counter.count()) === 0 ? 0 : Number(await counter.innerText())
}

/** The text of the option chosen in a select. */
async function selectedLabel(select: Locator): Promise<string> {
  return ((await select.locator('option:checked').textContent()) ?? '').trim()
}

function idIn(url: string, path: RegExp): string {
  const id = path.exec(new URL(url).pathname)?.[1]
  if (id === undefined) throw new Error(`the web app shows ${url}, not ${path.source}`)
  return decodeURIComponent(id)
}

function idsIn(url: string): [string, string] {
  const { pathname, hash } = new URL(url)
  const match = MENTION_LINK.exec(`${pathname}${hash}`)
  if (match?.[1] === undefined || match[2] === undefined) {
    throw new Error(`the web app shows ${url}, not a message of a thread`)
  }
  return [decodeURIComponent(match[1]), decodeURIComponent(match[2])]
}

async function expectScreenshot(page: Page, screen: string): Promise<void> {
  const path = await saveScreenshot(page, screen)
  expect((await stat(path)).size).toBeGreaterThan(5_000)
}

async function expectNoBlockingViolation(page: Page): Promise<void> {
  const blocking = blockingViolations(await auditAccessibility(page))
  expect(blocking, `axe-core violations:\n${describeViolations(blocking)}`).toEqual([])
}
