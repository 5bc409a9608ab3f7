import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SessionCredential } from '../helpers/apiClient.ts'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { SyncStatus, documentScreen } from '../helpers/documentScreen.ts'
import { READ_ONLY_SYNCED, statusSaying } from '../helpers/readOnlyScreen.ts'
import { saveScreenshot } from '../helpers/saveScreenshot.ts'
import { DemoAccount, startWebFixture, type WebFixture } from '../helpers/webFixture.ts'

/** Sophie Martin, contributrice of the comité de pilotage (`server/src/seed/seedMetadata.ts`). */
const COPIL_EMAIL = 'copil@demo.maillage.fr'
const NOT_FOUND = 'Ce document n’existe pas ou vous n’y avez pas accès'
const SEEDED_TOOL = 'DORA'
const PROPOSED_TOOL = 'Annuaire des clubs d’entreprises du territoire'
const RATIONALE = 'Besoin exprimé par plusieurs CLPE ; aucun outil du catalogue ne le couvre.'

/** The people who open fiches outil, by role; only the admin is a member of the espace régional. */
const ROLES = {
  contributeur: DemoAccount.lille.email,
  lecteur: DemoAccount.lecteur.email,
  copil: COPIL_EMAIL,
  admin: DemoAccount.admin.email,
} as const
type Role = keyof typeof ROLES

describe('fiches outil open for every member, from the catalogue and from a validated proposal', () => {
  let fixture: WebFixture
  const users = {} as Record<Role, BrowserUser>
  let created: { proposalId: string; toolId: string }

  beforeAll(async () => {
    fixture = await startWebFixture()
    const roles = Object.keys(ROLES) as Role[]
    const signedIn = await Promise.all(roles.map((role) => fixture.signIn(ROLES[role])))
    roles.forEach((role, index) => {
      const user = signedIn[index]
      if (user === undefined) throw new Error(`${role} did not sign in`)
      users[role] = user
    })
    const lille = await fixture.api.signIn(DemoAccount.lille.email)
    const copil = await fixture.api.signIn(COPIL_EMAIL)
    created = await proposeAndValidate(lille.credential, copil.credential)
  })
  afterAll(async () => {
    await fixture.close()
  })

  async function proposeAndValidate(
    proposer: SessionCredential,
    decider: SessionCredential,
  ): Promise<{ proposalId: string; toolId: string }> {
    const proposed = await fixture.api.request<{ proposal: { id: string } }>(
      'POST',
      '/api/toolbox/proposals',
      {
        as: proposer,
        body: {
          title: PROPOSED_TOOL,
          description: 'Les clubs d’entreprises qui accueillent des demandeurs d’emploi.',
          consideredTools: [
            { documentId: null, name: 'DORA', whyNotAdaptable: 'DORA ne liste pas les clubs.' },
          ],
        },
      },
    )
    expect(proposed.status).toBe(201)
    const path = `/api/toolbox/proposals/${proposed.body.proposal.id}/transition`
    const examined = await fixture.api.request('POST', path, {
      as: decider,
      body: { to: 'en-examen' },
    })
    expect(examined.status).toBe(200)
    const validated = await fixture.api.request<{ proposal: { createdToolId?: string } }>(
      'POST',
      path,
      { as: decider, body: { to: 'valide', rationale: RATIONALE } },
    )
    expect(validated.status).toBe(200)
    const id = validated.body.proposal.createdToolId
    if (id === undefined) throw new Error('the validated proposal created no fiche outil')
    return { proposalId: proposed.body.proposal.id, toolId: id }
  }

  /** Waits for the fiche titled `title` to show, with its fields, as read-only or editable. */
  async function expectFiche(page: Page, title: string, editable: boolean): Promise<void> {
    const screen = documentScreen(page)
    await page.getByRole('heading', { level: 2, name: 'Fiche outil' }).waitFor()
    expect(await screen.title.inputValue()).toBe(title)
    expect(await page.getByText(NOT_FOUND).count()).toBe(0)
    expect(await screen.editor.getAttribute('contenteditable')).toBe(String(editable))
    expect(await screen.title.isEditable()).toBe(editable)
    await statusSaying(page, editable ? SyncStatus.Synced : READ_ONLY_SYNCED).waitFor()
  }

  for (const role of Object.keys(ROLES) as Role[]) {
    it(`opens a seeded fiche outil from « Ouvrir la fiche » as ${role}`, async () => {
      const page = users[role].page
      await page.getByRole('navigation').getByRole('link', { name: 'Boîte à outils' }).click()
      await page.getByRole('heading', { level: 1, name: 'Boîte à outils' }).waitFor()
      await page.getByRole('link', { name: `Ouvrir la fiche ${SEEDED_TOOL}`, exact: true }).click()
      await page.waitForURL(/\/documents\/[^/]+$/)
      await expectFiche(page, SEEDED_TOOL, role === 'admin')
      await saveScreenshot(page, `fiche-outil-${role}`)
    })
  }

  it('opens the fiche created by a validation from « Voir la fiche outil créée » as copil', async () => {
    const page = users.copil.page
    await page.goto(`/boite-a-outils/propositions/${created.proposalId}`)
    await page.getByRole('link', { name: 'Voir la fiche outil créée', exact: true }).click()
    await page.waitForURL(new RegExp(`/documents/${created.toolId}$`))
    await expectFiche(page, PROPOSED_TOOL, false)
    await saveScreenshot(page, 'fiche-outil-creee-copil')
  })

  it('opens the fiche created by a validation as the proposer and as a lecteur', async () => {
    for (const role of ['contributeur', 'lecteur'] as const) {
      const page = users[role].page
      await page.goto(`/documents/${created.toolId}`)
      await expectFiche(page, PROPOSED_TOOL, false)
    }
  })
})
