import type { Locator, Page } from 'playwright-core'
import { exactText, openDocument } from './documentScreen.ts'

/** What the quality panel shows of a criterion, word for word (`QUALITY_LEVEL_LABELS`). */
export const QualityLevel = {
  PointFort: 'Point fort',
  AConsolider: 'À consolider',
  AxeDeProgres: 'Axe de progrès',
} as const
export type QualityLevel = (typeof QualityLevel)[keyof typeof QualityLevel]

/** One acteur of a fiche action as its fields show it. */
export interface ActeurValues {
  readonly nom: string
  readonly role: string
}

/**
 * The parts of a fiche action's document screen the tests use: the structured fields under the
 * heading « Fiche action » and the quality panel « Qualité de la fiche », found by role and label.
 */
export interface FicheActionScreen {
  readonly page: Page
  /** The section of the structured fields. */
  readonly fields: Locator
  /** The quality panel beside the document. */
  readonly quality: Locator
  /** The input, textarea or select of the field labelled exactly `label`. */
  field(label: string): Locator
  /** The box of `option` in the multi-choice field whose legend is `legend`. */
  choice(legend: string, option: string): Locator
  /** Adds an acteur at the end of the list; resolves with its group (« Acteur N ») once shown. */
  addActeur(): Promise<Locator>
  /** The acteurs in the order the list shows them. */
  acteurs(): Promise<ActeurValues[]>
  /** The score out of 100 shown as « NN / 100 »; throws if the meter says otherwise. */
  score(): Promise<number>
  /** The criterion labelled `label`, matching only while the panel shows it at `level`. */
  criterion(label: string, level: QualityLevel): Locator
}

const ACTEURS_LEGEND = 'Acteurs et rôles'
const SCORE_TEXT = /^\s*(\d+) \/ 100\s*$/

/** Finds the parts of the fiche action screen shown by `page`. */
export function ficheActionScreen(page: Page): FicheActionScreen {
  const fields = page.getByRole('region', { name: 'Fiche action', exact: true })
  const quality = page.getByRole('region', { name: 'Qualité de la fiche', exact: true })
  const acteurList = fields.getByRole('group', { name: ACTEURS_LEGEND, exact: true })
  const acteurItems = acteurList.getByRole('listitem')
  return {
    page,
    fields,
    quality,
    field: (label) => fields.getByLabel(label, { exact: true }),
    choice: (legend, option) =>
      fields
        .getByRole('group', { name: legend, exact: true })
        .getByRole('checkbox', { name: option, exact: true }),
    addActeur: async () => {
      const count = await acteurItems.count()
      await acteurList.getByRole('button', { name: 'Ajouter un acteur', exact: true }).click()
      const added = acteurList.getByRole('group', { name: `Acteur ${count + 1}`, exact: true })
      await added.waitFor()
      return added
    },
    acteurs: async () => {
      const acteurs: ActeurValues[] = []
      for (const item of await acteurItems.all()) {
        acteurs.push({
          nom: await item.getByLabel('Nom', { exact: true }).inputValue(),
          role: await item.getByLabel('Rôle', { exact: true }).inputValue(),
        })
      }
      return acteurs
    },
    score: async () => {
      const shown = (await quality.locator('.score-qualite strong').textContent()) ?? ''
      const score = SCORE_TEXT.exec(shown)?.[1]
      if (score === undefined) throw new Error(`the quality panel shows no score: "${shown}"`)
      const meter = await quality.getByRole('meter').getAttribute('value')
      if (meter !== score) {
        throw new Error(`the meter says ${meter ?? 'nothing'}, the text ${score}`)
      }
      return Number(score)
    },
    criterion: (label, level) =>
      quality
        .locator('li.critere')
        .filter({ has: page.locator('.libelle-critere', { hasText: exactText(label) }) })
        .filter({ has: page.locator('.niveau', { hasText: exactText(level) }) }),
  }
}

/** Opens the fiche action `documentId` and resolves once it is synchronised and its fields show. */
export async function openFicheAction(page: Page, documentId: string): Promise<FicheActionScreen> {
  await openDocument(page, documentId)
  const screen = ficheActionScreen(page)
  await screen.fields.waitFor()
  await screen.quality.waitFor()
  return screen
}
