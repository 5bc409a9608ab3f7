import type { BrowserContext, Page } from 'playwright-core'
import { sleep, waitFor } from '../clock.ts'
import { summarizeLatencies, type LatencySummary } from '../percentiles.ts'
import { startOtherCpuMeter } from '../waitForQuietMachine.ts'
import { TYPING_PARAGRAPH_TEXT } from './largeDocument.ts'
import {
  LATENCY_PROBE_SCRIPT,
  READ_PROBE_SCRIPT,
  RESET_PROBE_SCRIPT,
  SYNCED_STATUS,
  parseProbeReading,
  type ProbeReading,
} from './latencyProbe.ts'

/** Keystrokes measured, after {@link WARM_UP_KEYSTROKES} that are not. */
export const MEASURED_KEYSTROKES = 200
export const WARM_UP_KEYSTROKES = 30
/** Gap between two keystrokes: a fast typist. */
export const KEY_GAP_MS = 30
/** Budget of the 95th percentile: one frame at 60 Hz. */
export const KEYSTROKE_P95_BUDGET_MS = 16

/** What the typing measured, and the text it typed (to check it reached the others). */
export interface KeystrokeLatency {
  readonly summary: LatencySummary
  readonly typed: string
  /** Time from navigation to the editor showing the document synchronised, in ms; 0 for the floor. */
  readonly openMs: number
  /** CPU other processes used meanwhile, in % of a core (the bench, its server and browser excluded). */
  readonly otherCpuPercent: number
}

/**
 * A bare `contenteditable` with the editor's class and nothing else: what the browser alone costs
 * per keystroke on this machine, the frame wait included (the floor of the measure).
 */
const FLOOR_PAGE = `<!doctype html><html lang="fr"><title>Plancher</title>
<div class="ProseMirror" contenteditable="true" style="white-space: pre-wrap"><p>${TYPING_PARAGRAPH_TEXT}</p></div></html>`

/** Measures typing in the document at `/documents/<id>`, opened in a new page of `context`. */
export async function measureDocumentTyping(
  context: BrowserContext,
  documentId: string,
): Promise<KeystrokeLatency> {
  const page = await context.newPage()
  const openedAt = performance.now()
  await page.goto(`/documents/${documentId}`)
  await page.getByRole('status').filter({ hasText: SYNCED_STATUS }).waitFor({ timeout: 60_000 })
  const firstParagraph = page.locator('.ProseMirror > :first-child')
  await firstParagraph.filter({ hasText: TYPING_PARAGRAPH_TEXT }).waitFor()
  const openMs = performance.now() - openedAt
  const meter = startOtherCpuMeter()
  const measured = await typeAndMeasure(page)
  const otherCpuPercent = meter.stop()
  await page.close()
  return { ...measured, openMs, otherCpuPercent }
}

/** Measures typing in {@link FLOOR_PAGE}, in a new page of `context`. */
export async function measureFloorTyping(context: BrowserContext): Promise<KeystrokeLatency> {
  const page = await context.newPage()
  await page.setContent(FLOOR_PAGE)
  const meter = startOtherCpuMeter()
  const measured = await typeAndMeasure(page)
  const otherCpuPercent = meter.stop()
  await page.close()
  return { ...measured, openMs: 0, otherCpuPercent }
}

/**
 * Installs the latency probe, puts the caret at the end of the first paragraph and types there: a
 * warm-up, then {@link MEASURED_KEYSTROKES} letters {@link KEY_GAP_MS} apart, each measured from
 * `keydown` to the frame that shows it.
 */
async function typeAndMeasure(page: Page): Promise<{ summary: LatencySummary; typed: string }> {
  const editor = page.locator('.ProseMirror')
  await page.evaluate(LATENCY_PROBE_SCRIPT)
  await editor.focus()
  // The end of the first paragraph, whatever its line wrapping (End only reaches the end of the
  // first visual line); ProseMirror follows the DOM selection.
  await page.evaluate(`(() => {
    const paragraph = document.querySelector('.ProseMirror')?.firstElementChild
    const selection = window.getSelection()
    if (paragraph == null || selection === null) throw new Error('no first paragraph to type in')
    const range = document.createRange()
    range.selectNodeContents(paragraph)
    range.collapse(false)
    selection.removeAllRanges()
    selection.addRange(range)
  })()`)

  await typeLetters(page, WARM_UP_KEYSTROKES)
  await readWhenSettled(page, WARM_UP_KEYSTROKES)
  await page.evaluate(RESET_PROBE_SCRIPT)
  const typed = await typeLetters(page, MEASURED_KEYSTROKES)
  const reading = await readWhenSettled(page, MEASURED_KEYSTROKES)
  return { summary: summarizeLatencies(Float64Array.from(reading.samples)), typed }
}

// Words of five letters, starting at a random letter: each session's text is its own, and wraps
// like prose instead of making one long unbreakable word.
async function typeLetters(page: Page, count: number): Promise<string> {
  let typed = ''
  const offset = Math.floor(Math.random() * 26)
  for (let index = 0; index < count; index++) {
    const letter = index % 6 === 5 ? ' ' : String.fromCharCode(97 + ((index + offset) % 26))
    await page.keyboard.press(letter)
    typed += letter
    // Pacing of the typist, not a wait for a condition.
    await sleep(KEY_GAP_MS)
  }
  return typed
}

/** Waits until every keystroke has its sample; fails if some character never showed. */
function readWhenSettled(page: Page, expected: number): Promise<ProbeReading> {
  let last: ProbeReading | undefined
  return waitFor(
    async () => {
      last = parseProbeReading(await page.evaluate(READ_PROBE_SCRIPT))
      return last.pending === 0 && last.samples.length >= expected ? last : undefined
    },
    {
      timeoutMs: 10_000,
      describe: () =>
        `${last?.samples.length ?? 0} of ${expected} keystrokes measured, ${last?.pending ?? '?'} pending`,
    },
  )
}
