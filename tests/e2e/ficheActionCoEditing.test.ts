import { stat } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FicheActionExportView } from '@maillage/protocol'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { typeWordsAtEnd } from '../helpers/documentScreen.ts'
import {
  QualityLevel,
  openFicheAction,
  type ActeurValues,
  type FicheActionScreen,
} from '../helpers/ficheActionScreen.ts'
import { createDocumentThroughForm } from '../helpers/newDocumentForm.ts'
import { parseSemicolonCsv } from '../helpers/parseSemicolonCsv.ts'
import { saveScreenshot } from '../helpers/saveScreenshot.ts'
import { waitFor } from '../helpers/waitFor.ts'
import {
  DemoAccount,
  LILLE_SPACE_ID,
  startWebFixture,
  type WebFixture,
} from '../helpers/webFixture.ts'

const TITLE = 'Job dating saisonnier sur le littoral'
/**
 * 42 words with figures, typed in two goes: after the first 23 words, « Problématique développée »
 * (40 words or more for a point fort) is « à consolider ».
 */
const PROBLEMATIQUE_PARTS = [
  'Sur le littoral, 420 offres saisonnières de l’hôtellerie sont restées sans candidat à l’été ' +
    '2026 (France Travail, septembre 2026). Dans le même temps, ',
  '1 150 jeunes de moins de 26 ans du bassin de Boulogne cherchaient un emploi, dont 38 % sans ' +
    'permis.',
] as const
const PROBLEMATIQUE = PROBLEMATIQUE_PARTS.join('')
/** 62 words (60 or more for a point fort), with a `;` the CSV must quote. */
const DESCRIPTION_PARTS = [
  'Le 14 avril 2027, au casino de Wimereux, vingt employeurs saisonniers reçoivent les jeunes ' +
    'repérés par la Mission locale. La semaine avant, chaque jeune prépare en atelier un CV court ' +
    'et une présentation de deux minutes. ',
  'Sur place, les entretiens durent dix minutes ; les employeurs signent les promesses ' +
    'd’embauche le jour même. Une navette gratuite relie la gare de Boulogne au casino.',
] as const
const DESCRIPTION = DESCRIPTION_PARTS.join('')
const PROBLEMATIQUE_CRITERION = 'Problématique développée'
const PUBLICS = 'Publics cibles'
// Ticked in the reverse of the options' order: the export lists them in the options' order.
const TICKED_PUBLICS = ['Jeunes de moins de 26 ans', 'Demandeurs d’emploi']
const ACTEURS: readonly ActeurValues[] = [
  { nom: 'Mission locale du Littoral', role: 'co-pilote, mobilisation des jeunes' },
  { nom: 'Office de tourisme de Wimereux', role: 'recensement des offres saisonnières' },
]
const DATE_DEBUT = '2027-03-01'
const DATE_FIN = '2027-04-30'
const BENEFICIAIRES = '120'
const CSV_BOM = [0xef, 0xbb, 0xbf]
const CSV_LINK = 'Exporter pour le tableau de bord (CSV)'
const JSON_LINK = 'Exporter (JSON)'

describe('two people filling a fiche action together', () => {
  let fixture: WebFixture
  let nadia: BrowserUser
  let camille: BrowserUser
  let nadiaScreen: FicheActionScreen
  let camilleScreen: FicheActionScreen

  beforeAll(async () => {
    fixture = await startWebFixture()
    nadia = await fixture.signIn(DemoAccount.lille.email)
    camille = await fixture.signIn(DemoAccount.admin.email)
    const documentId = await createDocumentThroughForm(nadia.page, {
      spaceId: LILLE_SPACE_ID,
      kindLabel: 'Fiche action',
      title: TITLE,
    })
    nadiaScreen = await openFicheAction(nadia.page, documentId)
    camilleScreen = await openFicheAction(camille.page, documentId)
  })
  afterAll(async () => {
    await fixture.close()
  })

  it('shows each person the text the other types at the same time, rescoring it live on both panels', async () => {
    const screens = [nadiaScreen, camilleScreen]
    for (const screen of screens) {
      await screen.criterion(PROBLEMATIQUE_CRITERION, QualityLevel.AxeDeProgres).waitFor()
    }
    const panels = await Promise.all(
      screens.map(async (screen) => ({ screen, score: await screen.score() })),
    )
    expect(panels[1]?.score).toBe(panels[0]?.score)

    for (const [index, problematique] of PROBLEMATIQUE_PARTS.entries()) {
      await Promise.all([
        typeWordsAtEnd(nadiaScreen.field('Problématique'), problematique),
        typeWordsAtEnd(camilleScreen.field('Description'), DESCRIPTION_PARTS[index] ?? ''),
      ])
      // The panel rescores in a deferred render, which a stream of keystrokes can hold back: it is
      // checked while both people pause. Every criterion this text touches only rises.
      const level = index === 0 ? QualityLevel.AConsolider : QualityLevel.PointFort
      for (const panel of panels) {
        await panel.screen.criterion(PROBLEMATIQUE_CRITERION, level).waitFor()
        const previous = panel.score
        panel.score = await waitFor(async () => {
          const score = await panel.screen.score()
          expect(score).toBeGreaterThan(previous)
          return score
        })
      }
    }

    await waitFor(
      async () => {
        expect(await camilleScreen.field('Problématique').inputValue()).toBe(PROBLEMATIQUE)
        expect(await nadiaScreen.field('Description').inputValue()).toBe(DESCRIPTION)
      },
      { timeoutMs: 15_000 },
    )
    expect(await nadiaScreen.field('Problématique').inputValue()).toBe(PROBLEMATIQUE)
    expect(await camilleScreen.field('Description').inputValue()).toBe(DESCRIPTION)
  })

  it('shows both people the publics, acteurs, dates and beneficiaries either of them sets', async () => {
    const scoreBefore = await nadiaScreen.score()

    await Promise.all([
      (async () => {
        for (const acteur of ACTEURS) {
          const added = await nadiaScreen.addActeur()
          await added.getByLabel('Nom', { exact: true }).fill(acteur.nom)
          await added.getByLabel('Rôle', { exact: true }).fill(acteur.role)
        }
      })(),
      (async () => {
        for (const option of TICKED_PUBLICS) await camilleScreen.choice(PUBLICS, option).check()
        await camilleScreen.field('Date de début').fill(DATE_DEBUT)
        await camilleScreen.field('Date de fin').fill(DATE_FIN)
        await camilleScreen.field('Nombre de bénéficiaires').fill(BENEFICIAIRES)
      })(),
    ])

    await waitFor(
      async () => {
        expect(await camilleScreen.acteurs()).toEqual(ACTEURS)
        for (const option of TICKED_PUBLICS) {
          expect(await nadiaScreen.choice(PUBLICS, option).isChecked()).toBe(true)
        }
        expect(await nadiaScreen.field('Date de début').inputValue()).toBe(DATE_DEBUT)
        expect(await nadiaScreen.field('Date de fin').inputValue()).toBe(DATE_FIN)
        expect(await nadiaScreen.field('Nombre de bénéficiaires').inputValue()).toBe(BENEFICIAIRES)
      },
      { timeoutMs: 15_000 },
    )
    expect(await nadiaScreen.acteurs()).toEqual(ACTEURS)
    expect(await nadiaScreen.choice(PUBLICS, 'Seniors (50 ans et plus)').isChecked()).toBe(false)
    for (const screen of [nadiaScreen, camilleScreen]) {
      await waitFor(async () => {
        expect(await screen.score()).toBeGreaterThan(scoreBefore)
      })
    }
  })

  it('exports the fiche as typed, as CSV for the tableau de bord with the TDB RPE columns in order', async () => {
    const csvPath = await exportPath(nadiaScreen, CSV_LINK)
    const expected = {
      Titre: TITLE,
      Problématique: PROBLEMATIQUE,
      Description: DESCRIPTION,
      'Publics cibles': 'Demandeurs d’emploi, Jeunes de moins de 26 ans',
      'Acteurs et rôles':
        'Mission locale du Littoral (co-pilote, mobilisation des jeunes) ; ' +
        'Office de tourisme de Wimereux (recensement des offres saisonnières)',
      'Date de début': '01/03/2027',
      'Date de fin': '30/04/2027',
      'Nombre de bénéficiaires': BENEFICIAIRES,
    }

    // The server reads the open document's live room: the export follows the last keystrokes.
    const { header, row, response } = await waitFor(async () => {
      const response = await nadia.context.request.get(csvPath)
      expect(response.status()).toBe(200)
      const bytes = new Uint8Array(await response.body())
      expect([...bytes.subarray(0, 3)]).toEqual(CSV_BOM)
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3))
      const [header = [], row = [], ...rest] = parseSemicolonCsv(text)
      expect(rest).toEqual([])
      const cells = Object.fromEntries(header.map((name, index) => [name, row[index]]))
      expect(cells).toMatchObject(expected)
      return { header, row, response }
    })
    expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8')
    expect(response.headers()['content-disposition']).toMatch(/^attachment; /)

    const json = (await (
      await nadia.context.request.get(await exportPath(nadiaScreen, JSON_LINK))
    ).json()) as FicheActionExportView
    expect(header).toEqual(json.columns.map((column) => column.header))
    expect(row).toEqual(json.columns.map((column) => json.rows[0]?.[column.key] ?? ''))
    expect(header.slice(0, 4)).toEqual(['Titre', 'Cadre', 'Problématique', 'Description'])
    expect(header.indexOf('Date de début')).toBeGreaterThan(header.indexOf('Acteurs et rôles'))
    expect(header.indexOf('Date de fin')).toBe(header.indexOf('Date de début') + 1)
  })

  it('captures the fiche filled by two people for review', async () => {
    const path = await saveScreenshot(nadia.page, 'fiche-action-coediting')
    expect((await stat(path)).size).toBeGreaterThan(5_000)
  })
})

/** The path of the export link named `name`, as the document screen offers it. */
async function exportPath(screen: FicheActionScreen, name: string): Promise<string> {
  const href = await screen.page.getByRole('link', { name, exact: true }).getAttribute('href')
  if (href === null) throw new Error(`the link « ${name} » has no address`)
  return href
}
